#pragma once

#include "cluster/backend/secretstore.h"

namespace kfw::local {
// The local backend keeps the values of its stand-in secrets in the shared secret store.
using SecretStore = backend::SecretStore;
using KeychainSecretStore = backend::KeychainSecretStore;
using MemorySecretStore = backend::MemorySecretStore;
} // namespace kfw::local
