"""Stand-in for the `kfp` package, used by Kubeflow Workbench local runs when kfp is not installed.

When a real kfp package is importable from another folder of sys.path, it replaces this module
at import time, so that components see exactly the SDK they were written for.
"""
import importlib.machinery
import importlib.util
import os
import sys

_here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _real_kfp_spec():
    others = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
    return importlib.machinery.PathFinder.find_spec("kfp", others)


_spec = None if os.environ.get("KFW_FORCE_RUNTIME") else _real_kfp_spec()
if _spec is not None and _spec.origin and os.path.dirname(os.path.dirname(_spec.origin)) != _here:
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["kfp"] = _module
    _spec.loader.exec_module(_module)
    globals().update(_module.__dict__)
else:
    __version__ = "2.14.3+kfw"
    __kfw_runtime__ = True
