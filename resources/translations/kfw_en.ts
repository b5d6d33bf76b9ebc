<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kfw::app</name>
    <message>
        <source>More follow: add --page-token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to list (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a listing where the last page ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline with the id or name &apos;%1&apos;; kubeflow-workbench pipelines list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no experiment with the id or name &apos;%1&apos;; kubeflow-workbench experiments list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created experiment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  run %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline %1 has no versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the versions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs create needs a pipeline: --pipeline ID_OR_NAME [--version ID], or a pipeline FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: run this uploaded pipeline (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the pipeline version (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: a pipeline parameter, name=value (value as YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the run&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: run every task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, retry: follow the run to its end (exit code 0 when it succeeded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only runs whose name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: continue where the last page ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench runs list | get RUN_ID | create [--pipeline ID_OR_NAME | FILE] [-p NAME=VALUE] | terminate RUN_ID | retry RUN_ID | logs RUN_ID [TASK] [--context NAME | --local] [--namespace NS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no task &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the Kubeflow cluster of this kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on this workstation (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile namespace on the cluster (default: the context&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the kubeconfig&apos;s exec credential plugin for this command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::BackendTarget</name>
    <message>
        <source>--context and --local exclude each other; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace needs --context: namespaces belong to clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no context &apos;%1&apos; in the kubeconfig; kubeflow-workbench cluster contexts lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Pass --approve-exec to run it for this command, or approve it once in the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to context %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow Pipelines did not answer on context %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles belong to Kubeflow clusters; the workstation has none. Give the cluster&apos;s kubeconfig context: --context NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context %1 has no Kubeflow profiles (the Profile resource, kubeflow.org/v1, is not installed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::BuiltinCommands</name>
    <message>
        <source>Show the version of the workbench and of Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this machine for what the workbench needs, and say what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local backend keeps runs and artifacts there. Fix the folder&apos;s permissions or set XDG_DATA_HOME to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no X11 or Wayland display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GUI needs a display; on a headless machine run it under xvfb-run. Commands like this one work without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local runs of Python components need python3: sudo apt install python3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the local backend is available until a kubeconfig names a Kubeflow cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and passwords are kept only in the OS keychain. Install and start a Secret Service (gnome-keyring or KeePassXC) to let the workbench remember cluster logins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::ClusterCommand</name>
    <message>
        <source>Kubernetes contexts from your kubeconfig: list them, check a connection, list resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contexts | check | get KIND [NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace (default: the context&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List across all namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label selector, e.g. app=web,tier!=db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the kubeconfig&apos;s exec credential plugin for this command. Without it, a plugin that was not approved in the workbench does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench cluster contexts | check | get KIND [NAME] [--context NAME] [-n NS | -A] [-l SELECTOR] [--approve-exec]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Pass --approve-exec to run it for this command, or approve it once in the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contexts in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (Kubernetes %2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may list namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not list namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on resources served: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Kinds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 found in namespace %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::CommandLine</name>
    <message>
        <source>Render the main window once it has finished loading, save it as a PNG to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page with this id (e.g. welcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this file (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface, e.g. en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages of every subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;. Run kubeflow-workbench --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme takes system, light or dark, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT between 320x240 and 16384x16384, e.g. 1280x800; got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow Workbench: author, run and compare Kubeflow pipelines on this workstation or on a Kubeflow cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (no display needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for every mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error. Messages go to stderr; with --json, results go to stdout as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: %2. Run kubeflow-workbench --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run kubeflow-workbench help %1 for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this kubeconfig context at start, as kubectl --context does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::ContributorsCommand</name>
    <message>
        <source>Who may use a Kubeflow profile: list, add, remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list PROFILE | add PROFILE USER | remove PROFILE USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: admin, edit or view (default edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench --context NAME contributors list PROFILE | add PROFILE USER [--role admin|edit|view] | remove PROFILE USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is admin, edit or view, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now use %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has access to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a contributor of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::ExperimentsCommand</name>
    <message>
        <source>Experiments of a backend: list, create, archive, unarchive, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | create NAME | archive ID_OR_NAME | unarchive ID_OR_NAME | delete ID_OR_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: the archived experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench experiments list | create NAME | archive ID_OR_NAME | unarchive ID_OR_NAME | delete ID_OR_NAME [--context NAME | --local] [--namespace NS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created experiment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored experiment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archived experiment &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived experiment %1 and its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted experiment %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::LocalCommand</name>
    <message>
        <source>Secrets, config maps and volume folders that local runs use, and the container engines here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret set NAME KEY... | configmap set NAME KEY=VALUE... | volume set NAME FOLDER | secret|configmap|volume list | secret|configmap|volume delete NAME | engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench local secret set NAME KEY... | configmap set NAME KEY=VALUE... | volume set NAME FOLDER | secret|configmap|volume list | secret|configmap|volume delete NAME | engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container engine is installed; container tasks run as processes on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a config map entry is KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 in secret %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for key %1 on standard input (give one line per key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::NotebooksCommand</name>
    <message>
        <source>Kubeflow notebook servers: list, create, start, stop, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | create NAME | start NAME | stop NAME | delete NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: jupyter (default), vscode or rstudio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the image (default: the cluster&apos;s default for the type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the CPU request (default: the cluster&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the CPU limit (default: from the cluster&apos;s limit factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the memory request, e.g. 2Gi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the memory limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the number of GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the GPUs&apos; resource, e.g. nvidia.com/gpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the size of the new workspace volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: no workspace volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: a PodDefault to apply, by its label (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: confirm; the notebook&apos;s volumes stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench --context NAME [--namespace NS] notebooks list | create NAME [--type jupyter|vscode|rstudio] [--image IMAGE] [--cpu Q] [--memory Q] [--gpus N] | start NAME | stop NAME | delete NAME --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting notebook %1 ends its server; its volumes stay. Add --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is jupyter, vscode or rstudio, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting notebook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping notebook %1; its volumes stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted notebook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpus is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created notebook %1 (%2, %3 CPU, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notebooks in %1: kubeflow-workbench notebooks create NAME makes one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::PipelineCommand</name>
    <message>
        <source>Inspect, validate, format or compare KFP pipeline files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect FILE | validate FILE... | format FILE [-o OUT] | diff A B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline files (YAML or JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With format: write to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench pipeline inspect FILE [--json] | validate FILE... | format FILE [-o OUT] | diff A B [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KFP v1 component &apos;%1&apos; (import it into a pipeline to use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipelines are structurally the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::PipelinesCommand</name>
    <message>
        <source>Pipelines of a backend (the workstation or a cluster): list, get, upload, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | get ID_OR_NAME | upload FILE | delete ID_OR_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: the pipeline&apos;s name (default: the name in the file); with --pipeline, the version&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: add the file as a new version of this pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench pipelines list | get ID_OR_NAME | upload FILE | delete ID_OR_NAME [--context NAME | --local] [--namespace NS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines yet: kubeflow-workbench pipelines upload FILE adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted pipeline %1 and its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1: pipeline %2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::ProfilesCommand</name>
    <message>
        <source>Kubeflow profiles of a cluster: list, create, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | create NAME | delete NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the owner (default: you, as the cluster knows you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the quota of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: confirm that the profile&apos;s namespace and everything in it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench --context NAME profiles list | create NAME [--owner USER] [--cpu Q] [--memory Q] [--gpus N] [--storage Q] [--pods N] | delete NAME --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting profile %1 deletes its namespace and everything in it (notebooks, volumes, secrets). Add --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile %1 owned by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no profile on this cluster: kubeflow-workbench profiles create NAME makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contributor(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::RecurringCommand</name>
    <message>
        <source>Recurring runs of the local backend (they fire while the workbench window is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create FILE | list | enable ID | disable ID | delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to run: a cron expression (six fields with seconds, or five).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to run: an interval such as 30m, 6h or 1d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurring run&apos;s name (default: the pipeline&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline parameter, name=value (value as YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment its runs go to (default: Default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of its runs may run at once (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a pause, start only the latest missed run instead of each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench recurring create FILE (--cron EXPR | --every DURATION) [-p name=value]... | list | enable ID | disable ID | delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every takes a duration such as 90s, 30m, 6h or 1d, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --cron or --every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring run %1: next run %2; runs start while the workbench window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recurring runs: kubeflow-workbench recurring create FILE --every 1d makes one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::RunCommand</name>
    <message>
        <source>Run a pipeline on this workstation and follow it to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline (compiled KFP YAML or JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline parameter, name=value (value as YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks to run at once (default: the number of cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for each task, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench run FILE [-p name=value]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-p takes name=value, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every task, even those whose outputs are cached from an earlier run; the new outputs replace the cached ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment to file the run under (default: Default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where container tasks run: host (processes on this workstation, the default), podman or docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine takes host, podman or docker, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on this workstation; install it, or run with --engine host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying the run in place; tasks that finished and enable caching are taken from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local file or folder for one of the pipeline&apos;s input artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--artifact takes name=path, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping: ending every task of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of a backend (the workstation or a cluster): list, get, create, terminate, retry, logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::RunsCommand</name>
    <message>
        <source>Only runs in this state (SUCCEEDED, FAILED, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many runs to list (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local runs yet: kubeflow-workbench run FILE starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no local run &apos;%1&apos;; kubeflow-workbench runs list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no log for task &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is %2; only failed, cancelled or interrupted runs are retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline kept with run %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs in this experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench runs %1 RUN_ID (kubeflow-workbench runs list shows the ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 ran its tasks with %2, which is not installed any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | get RUN_ID | create [FILE] | terminate RUN_ID | logs RUN_ID [TASK] | retry RUN_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace needs --context: namespaces belong to clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench runs list | get RUN_ID | create [FILE] | terminate RUN_ID | logs RUN_ID [TASK] | retry RUN_ID [--context NAME | --local] [--namespace NS]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::app::Workbench</name>
    <message>
        <source>There is no page &apos;%1&apos;. Pages: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot writes PNG files; give a file name ending in .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kubeconfig context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::backend</name>
    <message>
        <source>&apos;%1&apos; has a step that is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a cron expression or an interval of at least one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of runs at once must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end time is before the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain is not available (%1); start your desktop&apos;s keyring (GNOME Keyring, KWallet) or log in to a desktop session, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain refused access (%1); unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninitialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backend went away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::backend::CronSchedule</name>
    <message>
        <source>a cron expression has six fields (second minute hour day-of-month month day-of-week), or five without seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron expression &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::backend::KeychainSecretStore</name>
    <message>
        <source>secret &apos;%1&apos; is not set on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::backend::MemorySecretStore</name>
    <message>
        <source>secret &apos;%1&apos; is not set on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::backend::RunService</name>
    <message>
        <source>This backend keeps no labels on runs; label runs of the workstation&apos;s backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube</name>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not an http(s) URL. Fix it in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig turns off TLS verification for cluster &quot;%1&quot; (insecure-skip-tls-verify): the server&apos;s identity is not checked, so anyone on the network path could read or change the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is reached over plain http: credentials and data travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig user &quot;%1&quot; uses the &quot;%2&quot; auth-provider, which kubectl no longer supports. Switch the user to its exec plugin (gke-gcloud-auth-plugin for GKE, kubelogin for AKS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is given the cluster&apos;s address and certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters are not allowed in YAML (found 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any kubeconfig file (none of %1 exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any kubeconfig file (none is configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no context is chosen, and no current-context is set in %1; kubectl config use-context NAME picks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found in %2; kubectl config get-contexts lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names %2 &quot;%3&quot;, which is not defined in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets both a file and inline data; kubectl cannot flatten that: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate-authority of cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-certificate of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-key of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; (in %2) has no server; add server: https://HOST:PORT to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has a proxy-url with scheme &quot;%2&quot;; kubectl accepts http, https and socks5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; sets both certificate-authority and certificate-authority-data; kubectl refuses that: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read certificate-authority %1 of cluster &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; sets insecure-skip-tls-verify and a certificate authority; kubectl refuses that: drop one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has more than one authentication method (%2); kubectl allows only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; sets both client-certificate and client-certificate-data; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; sets both client-key and client-key-data; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has a client certificate but no client-key or client-key-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read client-certificate %1 of user &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read client-key %1 of user &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has both an exec plugin and an auth-provider; kubectl allows one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has no apiVersion (for example client.authentication.k8s.io/v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has an env entry without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has no interactiveMode (Never, IfAvailable or Always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has interactiveMode &quot;%2&quot;; use Never, IfAvailable or Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; asks for impersonated groups, uid or extras without a user to impersonate (as)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity, e.g. 4, 500m or 16Gi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes quantity; write a number with an optional unit, e.g. 4, 500m, 16Gi or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 63 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and &apos;-&apos; only, starting and ending with a letter or digit (e.g. team-vision).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::ContextConnection</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (Kubernetes %2) as %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::Converter</name>
    <message>
        <source>its aliases expand to more than %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping key must not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value cannot be read as the !!%1 its tag asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold; kubectl refuses .inf and .nan values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::Credentials</name>
    <message>
        <source>Cannot read the token file %1 named in the kubeconfig: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::Decoder</name>
    <message>
        <source>the file holds %1, not a kubeconfig (a mapping with clusters, users and contexts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not one kubectl reads; a kubeconfig is apiVersion v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kubeconfig; a kubeconfig is kind Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, not %2 (YAML reads yes/no/on/off/y/n as booleans and digits as numbers: put the value in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64 (bad character at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is defined twice in this file; kubectl refuses a file that repeats a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {name, value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::ExecApprovals</name>
    <message>
        <source>Cannot remember the approval in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::ExecCredentials</name>
    <message>
        <source>The kubeconfig user &quot;%1&quot; (%2) gets its credentials by running a program. It runs only once you approve it:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; needs a terminal to ask you something (interactiveMode: Always). Run a kubectl command with this context in a terminal once, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; of kubeconfig user &quot;%2&quot; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 did not finish within two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 failed (exit code %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 did not print an ExecCredential (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 answered with apiVersion %2, but the kubeconfig asks for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 returned a client certificate without its key, or a key without its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 returned neither a token nor a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::Kubeconfig</name>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig file found: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; (in %2) names no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::Node</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::OidcCredentials</name>
    <message>
        <source>The OIDC id-token of kubeconfig user &quot;%1&quot; has expired and there is no refresh token to renew it. Log in again with your identity provider (for example with kubelogin), then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot renew the OIDC token: the issuer %1 did not describe its token endpoint (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused to renew the OIDC token of kubeconfig user &quot;%1&quot; (%2). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::PortForward</name>
    <message>
        <source>The API server refused the port-forward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s certificate was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local port is free for the port-forward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not accept your credentials for the port-forward; log in again (refresh the context&apos;s credentials) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not forward ports to pods in this namespace (the pods/portforward permission). Ask the profile&apos;s owner for the edit role, or open notebooks through the Kubeflow gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook&apos;s pod is not there; start the notebook and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kube::ResourceListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow</name>
    <message>
        <source>Pipeline version %1 is not known here; list its pipeline&apos;s versions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not reach Kubeflow&apos;s access management through the API server&apos;s service proxy (%1). Connect through the Kubeflow gateway instead: Backend menu ▸ Pipelines connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow&apos;s access management (KFAM) cannot be reached: %1. Check that the profiles-kfam service runs in the kubeflow namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs reused from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::GatewayCredentials</name>
    <message>
        <source>The Kubeflow session has ended and logging in again was cancelled; connect again to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to Kubeflow was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KfpAccess</name>
    <message>
        <source>Enter the Kubeflow gateway&apos;s URL, e.g. https://kubeflow.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of KFP&apos;s API server, e.g. http://127.0.0.1:8888 for a port-forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user id to send as kubeflow-userid, or turn the header off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the API server&apos;s service proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 (token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 (browser login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct URL %1 as %2 (unsafe outside development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct URL reaches KFP&apos;s API server alone; artifacts and metrics of runs are read from ML Metadata and KFP&apos;s UI, which the API server&apos;s service proxy or the Kubeflow gateway reach. Change how the workbench reaches Kubeflow Pipelines to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KfpRunService</name>
    <message>
        <source>Run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 of run %2 has no pod (yet); its log appears once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kubeflow cluster cannot filter runs by metric, parameter or label; clear that filter, or compare the runs (Ctrl+Shift+C) to sort them by a metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kubeflow cluster sorts runs by name, status, start or end time only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The log was not kept on this computer: it is kept once it has been shown after the task ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ML Metadata no longer holds %n of the run&apos;s artifacts.</source>
        <translation>
            <numerusform>ML Metadata no longer holds %n of the run&apos;s artifacts.</numerusform>
            <numerusform>ML Metadata no longer holds %n of the run&apos;s artifacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 (%2); check that the folder is writable and the disk has room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KFP&apos;s UI did not hand out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KfpScope</name>
    <message>
        <source>The cluster is not connected yet; connect to it from the backend menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile namespace to work in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KfpServices</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KubeflowBackend</name>
    <message>
        <source>%1; pipelines %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for the Kubeflow gateway; enter one in the pipelines connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow Pipelines reachable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow Pipelines is not reachable %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who may not use the kubeflow namespace&apos;s service proxy reach Pipelines through the Kubeflow gateway: choose it in the backend&apos;s pipelines connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KubeflowNotebookService</name>
    <message>
        <source>The cluster is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a namespace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cluster&apos;s configuration could not be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ConfigMap kubeflow/%2 is not usable (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap kubeflow/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cluster has no Jupyter web app configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 before changing its resources: the change restarts its pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mounted by %2; delete the notebook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-forward to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KubeflowProfileService</name>
    <message>
        <source>The cluster connection changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubeflow gateway did not say who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubeflow gateway did not say who you are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not say who you are (SelfSubjectReview): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profiles cannot be listed: Kubeflow&apos;s access management answered &quot;%1&quot;, and the cluster&apos;s profiles and namespaces cannot be read either (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the owner of the profile (their user name or email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota for %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create the profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a cluster administrator can change the quota of %1: Kubeflow&apos;s profile controller keeps the namespace&apos;s quota equal to the Profile, which other users may not edit. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow refused the change to %1 although you may make it (%2). The gateway may keep Kubeflow&apos;s access management to the Central Dashboard (Istio&apos;s AuthorizationPolicy profiles-kfam does by default): ask an administrator to allow it, or use a context that may use the API server&apos;s service proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of %1 or a cluster administrator can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see who contributes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contributor&apos;s user name (usually their email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role admin, edit or view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of %1 or a cluster administrator can add contributors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns %2 and cannot be removed from it; a cluster administrator can give the profile another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of %1 or a cluster administrator can remove contributors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::notebooks</name>
    <message>
        <source>the Jupyter web app&apos;s built-in defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spawner configuration is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spawner configuration has no spawnerFormDefaults section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for StatefulSet to create the underlying Pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Pods are currently running for this Notebook Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook Server is stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting this Notebook Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No available message for container state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t find any information for the status of this notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notebook&apos;s name may have at most 52 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster allows only the images it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 limit must not be smaller than the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of GPUs cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the GPU vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notebook has at most one workspace volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1: the mount path must be absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two volumes are mounted at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume %1 is mounted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1: size: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no toleration group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no affinity configuration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access mode is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local</name>
    <message>
        <source>the env variable name &apos;%1&apos; cannot be given to a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of env variable %1 has a line break, which a container engine cannot be given (its env file holds one line per variable); mount the value as a file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the container&apos;s env file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the container&apos;s env file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page token &apos;%1&apos; does not come from this backend; list again from the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a component, not a pipeline; add it to a pipeline to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has errors:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uploaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add version %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is in the archived experiment %2; restore the experiment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name Kubernetes takes: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key Kubernetes takes: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalBackend</name>
    <message>
        <source>Local workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalEngine</name>
    <message>
        <source>the workbench was closed while this run was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the data folder %1; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline version %1 does not exist any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a pipeline or a pipeline version to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment %1 is archived; restore it before adding runs to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is not running (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is %2; only failed, cancelled or interrupted runs are retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline kept with run %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is running; stop it before deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[first %1 MiB of the log left out; the whole log is %2]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no task %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on this workstation; install it, or run container tasks as processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 ran its tasks with %2, which is not installed any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs %1 use artifacts of run %2 (reused from the cache); delete them first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalExperimentService</name>
    <message>
        <source>give the experiment a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an experiment name has at most 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an experiment named %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add experiment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Default experiment is where runs go when no experiment is chosen; it cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment %1 still has %2 runs; delete them first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalJupyterService</name>
    <message>
        <source>Jupyter is not installed on this computer. Install JupyterLab (pipx install jupyterlab, or pip install --user jupyterlab), or the classic notebook from your distribution (sudo apt install jupyter-notebook), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local port is free for Jupyter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter stopped before it was ready:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter did not start within a minute:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalPipelineService</name>
    <message>
        <source>pipeline %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipeline named %1 exists already; upload the file as a new version of it, or give it another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add pipeline %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a version named %2 already; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline version %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalRecurringRunService</name>
    <message>
        <source>give the recurring run a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recurring run needs a pipeline version; upload the pipeline to this backend first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add recurring run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring run %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalRunService</name>
    <message>
        <source>run %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the artifact %1 is no longer on disk (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1; check that the folder is writable and the disk has room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page token &apos;%1&apos; does not come from this backend; list again from the first page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalRunner</name>
    <message>
        <source>the pipeline has no parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline needs a value for parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: an upstream task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: an input comes from a task that did not produce it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of executor does not run on a workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop items are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop&apos;s items are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n iteration</numerusform>
            <numerusform>%n iterations</numerusform>
        </translation>
    </message>
    <message>
        <source>the importer needs &apos;%1&apos;, which this workstation cannot reach: import a local file (a path or file:// URI) or run the pipeline on a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the importer&apos;s file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the Python package %1, which could not be installed (is the network reachable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot provide %1 &apos;%2&apos; at %3 on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 stand for the volume claim &apos;%2&apos; on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes options that mean nothing on a workstation are ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task runs the entrypoint of image %1, which needs a container engine or a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the Python package %1, which is not installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the component&apos;s code is inside its container image, which needs a container engine or a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached: reused the outputs of %1 from run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container engine could not run image %1 (see the task&apos;s log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs secret &apos;%1&apos;, which this workstation does not have; set it with kubeflow-workbench local secret set %1 %2 (the value is asked for and kept in the OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs config map &apos;%1&apos;, which this workstation does not have; set it with kubeflow-workbench local configmap set %1 %2=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the volume claim &apos;%1&apos; mounted at %2: choose a local folder for it with kubeflow-workbench local volume set %1 FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no input artifact &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline takes the input artifact &apos;%1&apos;: give a local file or folder for it (kubeflow-workbench run FILE --artifact %1=PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input artifact &apos;%1&apos; is %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs pip to install the component&apos;s Python packages; install python3-pip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is not pulled: the command runs on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalWorkstationService</name>
    <message>
        <source>the workbench is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 is not set on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config map %1 is not set on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the folder for volume claim %1 as an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created or written; choose a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume claim %1 has no folder on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::RunStore</name>
    <message>
        <source>cannot open the run history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run history %1 was written by a newer workbench (schema %2); update the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the run history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbench stopped while this run was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs reused from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::local::TaskProcess</name>
    <message>
        <source>the task has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the working folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command &apos;%1&apos; is not on this workstation; install it or run the pipeline on a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s)</source>
        <translation>
            <numerusform>timed out after %n second</numerusform>
            <numerusform>timed out after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>ended by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::pipelinespec::Checker</name>
    <message>
        <source>schemaVersion is &apos;%1&apos;; the workbench reads and writes 2.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no root component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no tasks; add a component to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos; has neither a dag nor an executorLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos; names executor &apos;%2&apos;, which deploymentSpec.executors does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task name &apos;%1&apos; is not a valid Kubernetes name: use at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no componentRef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; uses component &apos;%2&apos;, which the pipeline does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; runs after &apos;%2&apos;, which is not a task of the same DAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; sets input &apos;%2&apos;, which component &apos;%3&apos; does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; comes from task &apos;%3&apos;, which is not in the same DAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; reads output &apos;%3&apos; of task &apos;%4&apos;, which has no such output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; reads loop item &apos;%3&apos; outside the loop that defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; reads &apos;%3&apos;, which is not an input of &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; does not set required input &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; expects %3 but receives %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; expects %3 but the constant is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition &apos;%1&apos; cannot be read: %2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition reads &apos;%1&apos;, which is not an input of this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks depend on each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::pipelinespec::ComponentDefinition</name>
    <message>
        <source>the component has no implementation.container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the component has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no root DAG to use as a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no function &apos;def %1(...)&apos; in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of &apos;%1&apos; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has artifact type &apos;%2&apos;, which is not a KFP artifact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no supported type annotation (str, int, float, bool, list, dict, Input[...], Output[...])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::pipelinespec::PipelineDocument</name>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no YAML document (it is empty or holds only comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pipeline compiled by the KFP SDK (kfp.compiler.Compiler().compile(...)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not a pipeline (a mapping with pipelineInfo, root and components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pipeline compiled by the KFP SDK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a KFP v1 pipeline (an Argo Workflow), not a KFP v2 PipelineSpec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompile the pipeline with the KFP SDK 2.x (kfp&gt;=2.0) to get a PipelineSpec; v1 pipelines run only on KFP v1 clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a KFP v1 component without a container implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only container components (implementation: container: ...) can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown top-level field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PipelineSpec has only these fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;? A PipelineSpec has only these fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &apos;%1&apos; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compiled pipeline has pipelineInfo, root, components and deploymentSpec; the file may be cut short or not a pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an empty pipeline name (pipelineInfo.name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pipeline a name: @dsl.pipeline(name=&apos;my-pipeline&apos;) in the SDK, or set pipelineInfo.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid PipelineSpec; recompile it with the KFP SDK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::pipelinespec::PipelineEditor</name>
    <message>
        <source>there is no component &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DAG of this pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid task name: use lower-case letters, digits and &apos;-&apos; (for example &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a task named &apos;%1&apos; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an artifact input; connect it to an upstream output or an importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no output &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no input &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value comes from a DAG that does not enclose this one; take it from an output of that group instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task cannot read its own output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an artifact, but &apos;%2&apos; is a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a parameter, but &apos;%2&apos; is an artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2, but &apos;%3&apos; is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already runs after &apos;%2&apos;; connecting them would make a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2, but pipeline input &apos;%3&apos; is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;after&apos; links tasks of the same DAG; &apos;%1&apos; and &apos;%2&apos; are in different groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task cannot run after itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run after &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default of &apos;%1&apos; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comparison (use ==, !=, &lt;, &lt;=, &gt;, &gt;=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition compares %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ParallelFor needs a non-empty list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ParallelFor iterates over a list; &apos;%1&apos; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop item is available to tasks directly inside the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ParallelFor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no parameter input &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries and back-off must not be negative, and the back-off factor is at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks have resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CPU amount (for example 2 or 500m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory amount (for example 4Gi or 512Mi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the accelerator type (for example nvidia.com/gpu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks have an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks take secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mount path must be absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid config map name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks take config maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid volume claim name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks mount volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks have a node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a toleration&apos;s operator is Exists or Equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a toleration&apos;s effect is NoSchedule, PreferNoSchedule or NoExecute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks have tolerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks have pod labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only container tasks have pod annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an If needs at least one condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not inside a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an If/Elif/Else group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a OneOf output takes one value from each of at least two branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each value must come from a task directly inside one branch of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two values come from the same branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branches give values of different types (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::ui::ActivityIndicator</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfw::ui::CommandPalette</name>
    <message>
        <source>Type a command or a page name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::ui::DocumentRouter</name>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of this build opens files like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file the workbench opens. Open one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::ui::GatewayLoginDialog</name>
    <message>
        <source>Log in to Kubeflow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as you do in the browser; check that the address below is your Kubeflow&apos;s or your organisation&apos;s login before you type a password. The window closes by itself once Kubeflow has let you in; the session is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::ui::KfpAccessDialog</name>
    <message>
        <source>Through the Kubernetes API server (service proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the Kubeflow gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct URL (port-forward, development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the browser window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the kubeflow-userid header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines connection of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://kubeflow.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe outside development: KFP trusts this header as the user&apos;s identity, so anyone who reaches the URL can act as anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setup: the kubeconfig&apos;s credentials, for users who may use the kubeflow namespace&apos;s service proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct URL identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIDC id token or ServiceAccount token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::ui::MainWindow</name>
    <message>
        <source>Kubeflow Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between light and dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kubeflow Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kubeflow Workbench %1&lt;/h3&gt;&lt;p&gt;A native desktop workbench for Kubeflow: author pipelines, run them on this workstation or on a Kubeflow cluster, and compare the results.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifications: %n unread</numerusform>
            <numerusform>Notifications: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace of the cluster pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contexts in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not list namespaces on this cluster; type the one you work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a credential plugin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 runs a program from your kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Approve only if you trust this kubeconfig. The approval is remembered for this command, its arguments and environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept until the workbench closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::ui::NotificationsPanel</name>
    <message>
        <source>No notifications. Errors, warnings and finished background work appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::ui::ProfileSwitcher</name>
    <message>
        <source>the kubeconfig&apos;s user, as the API server reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token used at the Kubeflow gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your session at the Kubeflow gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cluster admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profiles cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile; your role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (namespace) of the cluster pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no profile on this cluster yet; create one on the Profiles page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::ArtifactView</name>
    <message>
        <source>The artifact is an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an artifact to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positive rate (recall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no confusion matrix and no ROC curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend is gone; select the run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no viewer for %1 (%2); save the artifact to open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::ConfusionMatrixWidget</name>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::DeleteProfileDialog</name>
    <message>
        <source>Delete profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the profile &lt;b&gt;%1&lt;/b&gt; deletes its namespace and everything in it: notebooks, volumes, secrets, pipeline runs&apos; pods and the contributors&apos; access. This cannot be undone.&lt;br&gt;&lt;br&gt;Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::ExperimentListModel</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::ExperimentsDialog</name>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the experiment and its runs to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the experiment back from the archive (its runs stay archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the experiment; only one without runs can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New experiment&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backend keeps no experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter experiments by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived experiments instead of active ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::NotebookBrowser</name>
    <message>
        <source>Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the notebook&apos;s page again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in System Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this notebook in your web browser (it asks you to log in to the gateway there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::NotebookListModel</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::NotebooksPage</name>
    <message>
        <source>Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notebook servers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch a notebook server from the cluster&apos;s spawner form (Ctrl+Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected notebook in the app (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or start the selected notebook; a stopped notebook keeps its volumes (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change CPU, memory and GPUs of the selected stopped notebook (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new notebook with the selected one&apos;s settings (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected notebook; its volumes stay (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notebooks again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook servers run on Kubeflow clusters. Choose a cluster in the backend menu (top left) to launch and open its notebooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Kubeflow notebooks (the Notebook resource, kubeflow.org/v1, is not installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebooks of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notebook servers in %1 yet: New Notebook (Ctrl+Alt+N) launches one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported (culling is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the spawner configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace&apos;s configurations (PodDefaults) cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched %1; it is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in the Notebooks window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1; its volumes stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 first: changing its resources restarts its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the resources of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will start with the new resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete notebook %1? Its server ends; its volumes stay and can be mounted by another notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent volume claims of the namespace: workspaces and data volumes of notebooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected volume and its data (Del); a volume a notebook mounts cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volumes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Volume in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s default class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created volume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volume %1 and the data on it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted volume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter on this computer: start a Jupyter server in a folder and work in it here. Kubeflow notebook servers are on clusters: choose one in the backend menu (top left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder Jupyter opens (its file browser&apos;s root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Jupyter in the folder and open it here (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping Jupyter in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting Jupyter in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter runs in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::PipelineListModel</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::PipelinesPage</name>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pipelines by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pipeline files: a new pipeline, or a new version of the pipeline of the same name (Ctrl+U; or drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a run of the selected version (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected version in the pipeline editor (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show two selected versions side by side with the differences marked (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected pipeline and all its versions (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected versions (Shift+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no pipelines. Use this workstation, or connect to a Kubeflow cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backend went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n version(s) of %1? Runs made from them are kept.</source>
        <translation>
            <numerusform>Delete %n version of %1? Runs made from it are kept.</numerusform>
            <numerusform>Delete %n versions of %1? Runs made from them are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the pipeline %1 and all its versions? Runs made from them are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected version on a schedule: a cron schedule or an interval (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines yet. Upload a compiled pipeline (Ctrl+U) or drop pipeline files here; the editor&apos;s Upload (Ctrl+U there) adds them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to see its graph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::ProfileDialog</name>
    <message>
        <source>Plugins (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the name of the profile&apos;s namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who owns the profile (their email behind the gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Profile&apos;s spec.plugins as a JSON list, e.g.
[{&quot;kind&quot;: &quot;WorkloadIdentity&quot;, &quot;spec&quot;: {&quot;gcpServiceAccount&quot;: &quot;me@project.iam.gserviceaccount.com&quot;}}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: enter the user who owns the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins: not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins: write a JSON list of plugins, [ ... ].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::ProfileListModel</name>
    <message>
        <source>No quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the resource quota of the selected profile (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its namespace (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the profiles again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no profile on this cluster yet. A profile gives you a namespace of your own for notebooks, pipelines and experiments, which you can share with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Your Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User to add, e.g. ana@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use and change everything in the namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything in the namespace, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, and also manage who may use the namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role to give: Edit, View or Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user this role in the profile (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected contributor&apos;s access away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles belong to Kubeflow clusters: a profile is a namespace on a cluster with its owner, contributors and resource quota. The local workstation has none. Choose a cluster in the backend menu (top left) to manage its profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Kubeflow profiles (the Profile resource, kubeflow.org/v1, is not installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding out who you are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the profiles of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; — cluster administrator: all profiles are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (you administer the cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Owner: %2 · Your role: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota: the namespace may use what the cluster has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1 (use not visible to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 created; its namespace is being set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the quota of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now use %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has access to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile: a namespace with an owner, contributors and a quota (Ctrl+Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::QuotaDialog</name>
    <message>
        <source>Quota of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the namespace %1 may use in all. Leave a field empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::QuotaForm</name>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores, e.g. 8 or 500m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes, e.g. 32Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all volume claims together, e.g. 500Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota resource %1. Leave empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::RecurringRunDialog</name>
    <message>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six fields with seconds, as Kubeflow Pipelines takes them: second minute hour day-of-month month day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs at once, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch up on fires missed while nothing ran them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the recurring run a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::RecurringRunsPanel</name>
    <message>
        <source>Recurring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick a recurring run to turn it on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Recurring Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn the recurring run on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backend runs no recurring runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the recurring runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not schedule the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the recurring run %1? The runs it started are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the recurring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::ResourceFields</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the cluster&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores to reserve, e.g. 0.5 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory to reserve, e.g. 1Gi or 512Mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::RunCompareView</name>
    <message>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the parameters that are the same in every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best value of each metric is marked (lowest for losses and errors, highest otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion Matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compare %n Runs</source>
        <translation>
            <numerusform>Compare %n Run</numerusform>
            <numerusform>Compare %n Runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs; %2 of %3 parameters differ; %4 metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best %1 of these runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics by run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters and metrics, each scaled to its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::RunLauncher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a component, not a pipeline; add it to a pipeline to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has errors; fix them before running it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number, such as 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, such as 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON list, such as [1, 2, 3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object, such as {&quot;key&quot;: &quot;value&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment to file the run under; type a new name to start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse cached results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks that ran before with the same inputs take their earlier outputs instead of running again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline takes no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the run ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give values for the secrets and config maps and folders for the volume claims the pipeline names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as processes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run each task&apos;s command as a process on this workstation, or in its image with podman or docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in their images with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install podman or docker to run tasks in their container images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline needs %1, which this workstation does not have yet; tasks that use them will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1, uploaded as version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels: team=vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels to find the run by later (label:team=vision in the runs filter), as key=value separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pipeline of %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the experiment %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend went away before the run started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::RunListModel</name>
    <message>
        <source>Listing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number to compare %2 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: type key=value, such as team=vision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the label: label:team=vision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a metric bound such as &quot;accuracy &gt;= 0.9&quot;, a parameter value such as &quot;epochs = 20&quot; or a label such as &quot;label:team=vision&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One parameter at a time: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One metric at a time: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs are not sorted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backend does not sort runs by %1: sort by name, status or start time, or compare the runs (Ctrl+Shift+C) to rank them by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run from a pipeline file, not an uploaded version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric %1 (the largest of that name when several tasks log it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Pipeline File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a compiled pipeline (YAML or JSON) and start a run (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only runs in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter runs by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived runs instead of active ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected run and all its tasks (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a failed, stopped or interrupted run again; finished tasks are reused (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected run to the archive, or back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected run and its files (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its tasks and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run pipelines; switch to a backend that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Pipeline File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive or restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run %1 with its logs and artifacts? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the beginning of this log is left out here; %1 in all]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Artifact As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected artifact (file or folder) to a folder of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Artifact To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only runs started in this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected runs side by side: parameters, metrics and charts; with a comparison open, add them to it, from any backend (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n runs to compare</source>
        <translation>
            <numerusform>Reading %n run to compare</numerusform>
            <numerusform>Reading %n runs to compare</numerusform>
        </translation>
    </message>
    <message>
        <source>Some runs could not be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 runs with their logs and artifacts? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the runs of one experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, archive, restore and delete experiments (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy &gt;= 0.9, epochs = 20, label:team=vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only runs with a metric in bounds (accuracy &gt;= 0.9, evaluate/metrics/loss &lt;= 0.2), a parameter set to a value (epochs = 20) or a label (label:team=vision); several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected run&apos;s pipeline again with its values, edited first (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the labels of the selected run, to find it by later (label:team=vision in the filter) (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show metrics and parameters of the runs as columns (also on the header&apos;s menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics in the runs listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parameters in the runs listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels as key=value, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clone the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Run a pipeline file (Ctrl+R), or the pipeline open in the editor (Ctrl+R there).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::SandboxedHtmlView</name>
    <message>
        <source>Allow JavaScript for this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts stay off unless you trust this artifact; even then the page reaches neither the network nor your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too large to show here; save the artifact to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown without network or file access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::SpawnDialog</name>
    <message>
        <source>New Notebook Server in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. churn-analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster offers only these images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace volume mounted at the home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s default class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row with a size makes a new volume; without one it mounts an existing volume of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurations and scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDefault %1 (label %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This namespace has no PodDefaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable shared memory (/dev/shm in memory, for PyTorch data loaders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form defaults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a volume of the namespace that exists already (its files stay as they are)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::StandInsDialog</name>
    <message>
        <source>Set Up for Local Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline names these cluster objects. Give what stands in for them on this workstation; secret values are kept in the OS keychain, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1, key %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config map %1, key %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Volume Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume claim %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Kubeflow Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author Kubeflow pipelines, run them on this workstation or on a Kubeflow cluster, and compare what they produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the workbench is organised and how to build and test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines, components, runs and experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks, Katib, KServe, profiles and the rest of the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines run as processes on this workstation; no cluster is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines run on a Kubeflow cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kubernetes cluster from your kubeconfig; pipelines cannot run here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor</name>
    <message>
        <source>If %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If / Elif / Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 task inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::CompareView</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two pipelines have the same structure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::ComponentDialog</name>
    <message>
        <source>New Container Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. python:3.11-slim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word per line, e.g.
python3
-c
print(&apos;hello&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One argument per line; {name} stands for an input or output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: name: type (str, int, float, bool, list, dict, Dataset, Model, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: name: type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import again in every run (no cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s &quot;uri&quot; input says where the artifact is (gs://, s3://, minio://, https:// or a local path); set it in the task&apos;s properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Python Function Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first function of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip packages to install, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;name: type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the type %2; use str, int, float, bool, list, dict or one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the component a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container image, such as python:3.11-slim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command the container runs, one word per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs and outputs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the importer a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a function: def name(arguments) -&gt; type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::DagLevel</name>
    <message>
        <source>importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::EditorDocument</name>
    <message>
        <source>the layout file has version %1; this version of the workbench reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position of %1 in %2 is not a pair of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a KFP v1 component, not a pipeline. Import it as a component into a pipeline instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2); tasks are laid out afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a layout the workbench reads (%2); tasks are laid out afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no task %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both tasks must be in the level shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another folder with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline was saved, but its layout %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment in %1 has no id or position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::EditorPage</name>
    <message>
        <source>Pipeline Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pipeline and its layout (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pipeline under another name (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone last (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tasks (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the tasks of this level left to right (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to show every task of this level (Ctrl+Shift+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to actual size (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this group for the level that holds it (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep tasks on a 10-point grid while they move (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected tasks, as PipelineSpec YAML (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected tasks and delete them (Ctrl+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the copied tasks to this level (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected tasks in place (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pipeline and add it to the pipelines of the active backend (a cluster or this workstation), as a new pipeline or a new version (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this pipeline beside another file, with tasks added, removed and changed marked (Ctrl+Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line the selected tasks up on the leftmost one (Ctrl+Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line the selected tasks up on the topmost one (Ctrl+Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space three or more selected tasks evenly from left to right (Ctrl+Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space three or more selected tasks evenly from top to bottom (Ctrl+Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Component File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task of a component file (KFP v1 component.yaml or a compiled component) (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a task by name in any level (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pipeline and start a run of it (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this pipeline (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Component File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a compiled pipeline (PipelineSpec YAML, as kfp compiles it) with File ▸ Open (Ctrl+O) or drop one on the window. Its tasks appear here, laid out left to right; groups (conditions, loops, exit handlers) open with a double-click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workbench ended without saving %n pipeline(s): %1. Restore them to keep the changes.</source>
        <translation>
            <numerusform>The workbench ended without saving %n pipeline: %1. Restore it to keep the changes.</numerusform>
            <numerusform>The workbench ended without saving %n pipelines: %1. Restore them to keep the changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout of %1 not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed below the canvas first; a pipeline with errors would not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; double-click it to add tasks inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be nested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That pipeline is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups cannot be copied yet; open a group and copy the tasks inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s).</source>
        <translation>
            <numerusform>Copied %n task.</numerusform>
            <numerusform>Copied %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s); groups are not copied: %1.</source>
        <translation>
            <numerusform>Copied %n task; groups are not copied: %1.</numerusform>
            <numerusform>Copied %n tasks; groups are not copied: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n task(s).</source>
        <translation>
            <numerusform>Pasted %n task.</numerusform>
            <numerusform>Pasted %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The active backend keeps no pipelines; connect to a Kubeflow cluster or use this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed below the canvas first; a pipeline with errors would not be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backend went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new pipeline %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a component: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Pipeline As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed below the canvas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a note on the canvas; it is kept in the layout file, not in the pipeline (Ctrl+Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Group Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected groups in place, showing their tasks, or close them again (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Group Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open every group of this level in place, or close them all when all are open (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload and Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the pipeline to the active backend as a new pipeline or version, then start a run of that version (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active backend keeps no pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching a stored pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With Stored Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this pipeline beside a version of it that the active backend keeps, with the differences marked (Ctrl+Alt+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active backend has no pipeline named %1; upload it first (Ctrl+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no stored versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With Stored Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1 to compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::EditorTab</name>
    <message>
        <source>Find a task (any level); Enter shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the pipeline is ready to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before the pipeline can run</source>
        <translation>
            <numerusform>%n error to fix before the pipeline can run</numerusform>
            <numerusform>%n errors to fix before the pipeline can run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>; %n warning</numerusform>
            <numerusform>; %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the pipeline can run.</source>
        <translation>
            <numerusform>%n warning; the pipeline can run.</numerusform>
            <numerusform>%n warnings; the pipeline can run.</numerusform>
        </translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::GraphLayout</name>
    <message>
        <source>Graphviz placed %1 of %2 tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not write the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz&apos;s dot layout is not available; check the graphviz package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks: laid out in layers (Graphviz is used up to %1).</source>
        <translation>
            <numerusform>%n task: laid out in layers (Graphviz is used up to %1).</numerusform>
            <numerusform>%n tasks: laid out in layers (Graphviz is used up to %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Graphviz took longer than %1 s; laid out in layers instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::GroupDialog</name>
    <message>
        <source>New ParallelFor Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON list; each task inside the loop runs once per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Exit Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit task runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit task runs when the tasks inside the handler have finished, whether they succeeded or failed; add the component it runs to the pipeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ParallelFor loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exit handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the items as a JSON list, such as [1, 2, 3] or [&quot;a&quot;, &quot;b&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition compares a pipeline parameter or a task&apos;s output; add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the component the exit task runs to the pipeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group cannot be added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::NodeItem</name>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment; double-click to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; click the arrow to show them here, double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::Palette</name>
    <message>
        <source>Inputs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of component files to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container image with a command and arguments, and typed inputs and outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Python function; its signature gives the inputs and outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings an existing artifact (a dataset, a model, ...) into the pipeline by its URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParallelFor loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the tasks you put inside it once per item of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the tasks you put inside it only when a value compares as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs an exit task after the tasks inside it, whether they succeed or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Component Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task of the component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline %1 as one task of this one (a nested pipeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest version of %1 on %2 as one task of this pipeline (a nested pipeline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::PipelineCanvas</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty pipeline. Drag components here from the palette on the left,
or select one there and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an output to an input (the ports on the left side of a task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::PropertiesPanel</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a JSON list, such as [1, 2, 3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a JSON object, such as {&quot;a&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and &apos;-&apos; (for example %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse earlier results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image such as python:3.11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line; applied when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write NAME=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret as environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret, key, ENV_VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret as volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret, /mount/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config map as environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config-map, key, ENV_VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config map as volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config-map, /mount/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume claim (PVC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim-name, /mount/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key, operator (Equal/Exists), value, effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes option of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not connected: drag an output here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function&apos;s source; applied when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::RunGraph</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this group for the level that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s pipeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — double-click a group to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Group Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tasks of every group and loop in place, with their states, or only the groups&apos; counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::recovery</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::taskclipboard</name>
    <message>
        <source>The clipboard holds no tasks of a pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task %1 in the clipboard has no component it can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 could not be restored: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
