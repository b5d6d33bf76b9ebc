<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kfw::app</name>
    <message>
        <source>More follow: add --page-token %1</source>
        <translation>还有更多：添加 --page-token %1</translation>
    </message>
    <message>
        <source>How many to list (default 50).</source>
        <translation>列出多少项（默认 50）。</translation>
    </message>
    <message>
        <source>Continue a listing where the last page ended.</source>
        <translation>从上一页结束处继续列出。</translation>
    </message>
    <message>
        <source>Only those whose name contains TEXT.</source>
        <translation>只列出名称包含 TEXT 的项。</translation>
    </message>
    <message>
        <source>There is no pipeline with the id or name &apos;%1&apos;; kubeflow-workbench pipelines list shows them.</source>
        <translation>没有 ID 或名称为“%1”的流水线；kubeflow-workbench pipelines list 可列出所有流水线。</translation>
    </message>
    <message>
        <source>There is no experiment with the id or name &apos;%1&apos;; kubeflow-workbench experiments list shows them.</source>
        <translation>没有 ID 或名称为“%1”的实验；kubeflow-workbench experiments list 可列出所有实验。</translation>
    </message>
    <message>
        <source>Created experiment %1.</source>
        <translation>已创建实验 %1。</translation>
    </message>
    <message>
        <source>%1  run %2 %3</source>
        <translation>%1  运行 %2 %3</translation>
    </message>
    <message>
        <source>Pipeline %1 has no versions.</source>
        <translation>流水线 %1 没有版本。</translation>
    </message>
    <message>
        <source>Cannot list the versions of %1.</source>
        <translation>无法列出 %1 的版本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>runs create needs a pipeline: --pipeline ID_OR_NAME [--version ID], or a pipeline FILE.</source>
        <translation>runs create 需要一条流水线：--pipeline ID或名称 [--version ID]，或一个流水线文件。</translation>
    </message>
    <message>
        <source>Run %1 created.</source>
        <translation>已创建运行 %1。</translation>
    </message>
    <message>
        <source>create: run this uploaded pipeline (id or name).</source>
        <translation>create：运行这条已上传的流水线（ID 或名称）。</translation>
    </message>
    <message>
        <source>create: the pipeline version (default: the newest).</source>
        <translation>create：流水线版本（默认：最新版本）。</translation>
    </message>
    <message>
        <source>create: a pipeline parameter, name=value (value as YAML).</source>
        <translation>create：一个流水线参数，名称=值（值按 YAML 解析）。</translation>
    </message>
    <message>
        <source>create: the run&apos;s name.</source>
        <translation>create：运行的名称。</translation>
    </message>
    <message>
        <source>create: run every task again.</source>
        <translation>create：重新运行每个任务。</translation>
    </message>
    <message>
        <source>create, retry: follow the run to its end (exit code 0 when it succeeded).</source>
        <translation>create、retry：跟踪运行直到结束（成功时退出码为 0）。</translation>
    </message>
    <message>
        <source>list: only runs whose name contains TEXT.</source>
        <translation>list：只列出名称包含 TEXT 的运行。</translation>
    </message>
    <message>
        <source>list: continue where the last page ended.</source>
        <translation>list：从上一页结束处继续。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench runs list | get RUN_ID | create [--pipeline ID_OR_NAME | FILE] [-p NAME=VALUE] | terminate RUN_ID | retry RUN_ID | logs RUN_ID [TASK] [--context NAME | --local] [--namespace NS]</source>
        <translation>用法：kubeflow-workbench runs list | get 运行ID | create [--pipeline ID或名称 | 文件] [-p 名称=值] | terminate 运行ID | retry 运行ID | logs 运行ID [任务] [--context 名称 | --local] [--namespace 命名空间]</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>没有运行。</translation>
    </message>
    <message>
        <source>Run %1 stops.</source>
        <translation>运行 %1 正在停止。</translation>
    </message>
    <message>
        <source>Run %1 runs again.</source>
        <translation>运行 %1 重新开始运行。</translation>
    </message>
    <message>
        <source>Run %1 has no task &apos;%2&apos;.</source>
        <translation>运行 %1 没有任务“%2”。</translation>
    </message>
    <message>
        <source>Work on the Kubeflow cluster of this kubeconfig context.</source>
        <translation>在此 kubeconfig 上下文的 Kubeflow 集群上工作。</translation>
    </message>
    <message>
        <source>Work on this workstation (the default).</source>
        <translation>在本工作站上工作（默认）。</translation>
    </message>
    <message>
        <source>The profile namespace on the cluster (default: the context&apos;s).</source>
        <translation>集群上的配置文件命名空间（默认：上下文的命名空间）。</translation>
    </message>
    <message>
        <source>Run the kubeconfig&apos;s exec credential plugin for this command.</source>
        <translation>为此命令运行 kubeconfig 中的 exec 凭据插件。</translation>
    </message>
</context>
<context>
    <name>kfw::app::BackendTarget</name>
    <message>
        <source>--context and --local exclude each other; give one.</source>
        <translation>--context 与 --local 互斥；请只指定其一。</translation>
    </message>
    <message>
        <source>--namespace needs --context: namespaces belong to clusters.</source>
        <translation>--namespace 需要 --context：命名空间属于集群。</translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used:
%1</source>
        <translation>无法使用该 kubeconfig：
%1</translation>
    </message>
    <message>
        <source>There is no context &apos;%1&apos; in the kubeconfig; kubeflow-workbench cluster contexts lists them.</source>
        <translation>kubeconfig 中没有上下文“%1”；kubeflow-workbench cluster contexts 可列出所有上下文。</translation>
    </message>
    <message>
        <source>%1
Pass --approve-exec to run it for this command, or approve it once in the workbench.</source>
        <translation>%1
请传入 --approve-exec 以便为此命令运行它，或在工作台中批准一次。</translation>
    </message>
    <message>
        <source>Cannot connect to context %1.</source>
        <translation>无法连接到上下文 %1。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines did not answer on context %1.</source>
        <translation>上下文 %1 上的 Kubeflow Pipelines 没有响应。</translation>
    </message>
    <message>
        <source>Profiles belong to Kubeflow clusters; the workstation has none. Give the cluster&apos;s kubeconfig context: --context NAME.</source>
        <translation>配置文件（Profile）属于 Kubeflow 集群，工作站没有。请给出集群的 kubeconfig 上下文：--context NAME。</translation>
    </message>
    <message>
        <source>Context %1 has no Kubeflow profiles (the Profile resource, kubeflow.org/v1, is not installed).</source>
        <translation>上下文 %1 没有 Kubeflow 配置文件（未安装 Profile 资源 kubeflow.org/v1）。</translation>
    </message>
</context>
<context>
    <name>kfw::app::BuiltinCommands</name>
    <message>
        <source>Show the version of the workbench and of Qt.</source>
        <translation>显示工作台和 Qt 的版本。</translation>
    </message>
    <message>
        <source>Check this machine for what the workbench needs, and say what to fix.</source>
        <translation>检查本机是否具备工作台所需的条件，并说明需要修复什么。</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（构建于 %2）</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 不可写</translation>
    </message>
    <message>
        <source>The local backend keeps runs and artifacts there. Fix the folder&apos;s permissions or set XDG_DATA_HOME to a writable folder.</source>
        <translation>本地后端在此保存运行记录和制品。请修复该文件夹的权限，或将 XDG_DATA_HOME 设为可写的文件夹。</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示器</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>no X11 or Wayland display</source>
        <translation>没有 X11 或 Wayland 显示</translation>
    </message>
    <message>
        <source>The GUI needs a display; on a headless machine run it under xvfb-run. Commands like this one work without.</source>
        <translation>图形界面需要显示器；在无显示器的机器上请用 xvfb-run 运行。像本命令这样的子命令无需显示器。</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>not found on PATH</source>
        <translation>未在 PATH 中找到</translation>
    </message>
    <message>
        <source>Local runs of Python components need python3: sudo apt install python3</source>
        <translation>在本地运行 Python 组件需要 python3：sudo apt install python3</translation>
    </message>
    <message>
        <source>kubeconfig</source>
        <translation>kubeconfig</translation>
    </message>
    <message>
        <source>none found (%1)</source>
        <translation>未找到（%1）</translation>
    </message>
    <message>
        <source>Only the local backend is available until a kubeconfig names a Kubeflow cluster.</source>
        <translation>在 kubeconfig 指定 Kubeflow 集群之前，只能使用本地后端。</translation>
    </message>
    <message>
        <source>kubectl</source>
        <translation>kubectl</translation>
    </message>
    <message>
        <source>not found (optional)</source>
        <translation>未找到（可选）</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>Secret Service available</source>
        <translation>Secret Service 可用</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>会话总线上没有 Secret Service</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>Tokens and passwords are kept only in the OS keychain. Install and start a Secret Service (gnome-keyring or KeePassXC) to let the workbench remember cluster logins.</source>
        <translation>令牌和密码只保存在操作系统密钥环中。请安装并启动 Secret Service（gnome-keyring 或 KeePassXC），工作台才能记住集群登录。</translation>
    </message>
</context>
<context>
    <name>kfw::app::ClusterCommand</name>
    <message>
        <source>Kubernetes contexts from your kubeconfig: list them, check a connection, list resources.</source>
        <translation>kubeconfig 中的 Kubernetes 上下文：列出上下文、检查连接、列出资源。</translation>
    </message>
    <message>
        <source>contexts | check | get KIND [NAME]</source>
        <translation>contexts | check | get 类型 [名称]</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>要使用的 kubeconfig 上下文（默认：当前上下文）。</translation>
    </message>
    <message>
        <source>Namespace (default: the context&apos;s).</source>
        <translation>命名空间（默认：上下文的命名空间）。</translation>
    </message>
    <message>
        <source>List across all namespaces.</source>
        <translation>在所有命名空间中列出。</translation>
    </message>
    <message>
        <source>Label selector, e.g. app=web,tier!=db.</source>
        <translation>标签选择器，例如 app=web,tier!=db。</translation>
    </message>
    <message>
        <source>Run the kubeconfig&apos;s exec credential plugin for this command. Without it, a plugin that was not approved in the workbench does not run.</source>
        <translation>为此命令运行 kubeconfig 中的 exec 凭据插件。不指定此选项时，未在工作台中批准过的插件不会运行。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench cluster contexts | check | get KIND [NAME] [--context NAME] [-n NS | -A] [-l SELECTOR] [--approve-exec]</source>
        <translation>用法：kubeflow-workbench cluster contexts | check | get 类型 [名称] [--context 名称] [-n 命名空间 | -A] [-l 选择器] [--approve-exec]</translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used:
%1</source>
        <translation>无法使用该 kubeconfig：
%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1
Pass --approve-exec to run it for this command, or approve it once in the workbench.</source>
        <translation>%1
请传入 --approve-exec 以便为此命令运行它，或在工作台中批准一次。</translation>
    </message>
    <message>
        <source>No contexts in %1.</source>
        <translation>%1 中没有上下文。</translation>
    </message>
    <message>
        <source>Connected to %1 (Kubernetes %2) as %3.</source>
        <translation>已以 %3 身份连接到 %1（Kubernetes %2）。</translation>
    </message>
    <message>
        <source>You may list namespaces.</source>
        <translation>你有权列出命名空间。</translation>
    </message>
    <message>
        <source>You may not list namespaces.</source>
        <translation>你无权列出命名空间。</translation>
    </message>
    <message>
        <source>Add-on resources served: %1</source>
        <translation>服务器提供的附加资源：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Kinds: %2</source>
        <translation>未知的资源类型“%1”。可用类型：%2</translation>
    </message>
    <message>
        <source>No %1 found.</source>
        <translation>未找到 %1。</translation>
    </message>
    <message>
        <source>No %1 found in namespace %2.</source>
        <translation>在命名空间 %2 中未找到 %1。</translation>
    </message>
</context>
<context>
    <name>kfw::app::CommandLine</name>
    <message>
        <source>Render the main window once it has finished loading, save it as a PNG to FILE and exit.</source>
        <translation>主窗口加载完成后将其渲染并保存为 PNG 文件 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Open the page with this id (e.g. welcome).</source>
        <translation>打开具有此 ID 的页面（例如 welcome）。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>窗口大小，例如 1280x800。</translation>
    </message>
    <message>
        <source>Open this file (may be repeated).</source>
        <translation>打开此文件（可重复指定）。</translation>
    </message>
    <message>
        <source>Theme: system, light or dark.</source>
        <translation>主题：system（跟随系统）、light（浅色）或 dark（深色）。</translation>
    </message>
    <message>
        <source>Language of the interface, e.g. en or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言，例如 en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Log debug messages of every subsystem.</source>
        <translation>记录所有子系统的调试信息。</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;. Run kubeflow-workbench --help for the usage.</source>
        <translation>未知参数“%1”。运行 kubeflow-workbench --help 查看用法。</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark, not &apos;%1&apos;.</source>
        <translation>--theme 的取值为 system、light 或 dark，而不是“%1”。</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT between 320x240 and 16384x16384, e.g. 1280x800; got &apos;%1&apos;.</source>
        <translation>--size 的取值为介于 320x240 和 16384x16384 之间的 宽x高，例如 1280x800；收到的是“%1”。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Kubeflow Workbench: author, run and compare Kubeflow pipelines on this workstation or on a Kubeflow cluster.</source>
        <translation>Kubeflow 工作台：在本机或 Kubeflow 集群上编写、运行和比较 Kubeflow 流水线。</translation>
    </message>
    <message>
        <source>GUI options:</source>
        <translation>图形界面选项：</translation>
    </message>
    <message>
        <source>Commands (no display needed):</source>
        <translation>命令（无需显示器）：</translation>
    </message>
    <message>
        <source>Show the options of a command.</source>
        <translation>显示某个命令的选项。</translation>
    </message>
    <message>
        <source>Options for every mode:</source>
        <translation>所有模式通用的选项：</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error. Messages go to stderr; with --json, results go to stdout as JSON.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误。消息输出到标准错误；使用 --json 时，结果以 JSON 格式输出到标准输出。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: %2. Run kubeflow-workbench --help for the usage.</source>
        <translation>未知命令“%1”。可用命令：%2。运行 kubeflow-workbench --help 查看用法。</translation>
    </message>
    <message>
        <source>Run kubeflow-workbench help %1 for its options.</source>
        <translation>运行 kubeflow-workbench help %1 查看其选项。</translation>
    </message>
    <message>
        <source>Connect to this kubeconfig context at start, as kubectl --context does.</source>
        <translation>启动时连接到此 kubeconfig 上下文，作用与 kubectl --context 相同。</translation>
    </message>
</context>
<context>
    <name>kfw::app::ContributorsCommand</name>
    <message>
        <source>Who may use a Kubeflow profile: list, add, remove.</source>
        <translation>谁可以使用 Kubeflow 配置文件：列出、添加、移除。</translation>
    </message>
    <message>
        <source>list PROFILE | add PROFILE USER | remove PROFILE USER</source>
        <translation>list PROFILE | add PROFILE USER | remove PROFILE USER</translation>
    </message>
    <message>
        <source>add: admin, edit or view (default edit).</source>
        <translation>add：admin、edit 或 view（默认 edit）。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench --context NAME contributors list PROFILE | add PROFILE USER [--role admin|edit|view] | remove PROFILE USER</source>
        <translation>用法：kubeflow-workbench --context NAME contributors list PROFILE | add PROFILE USER [--role admin|edit|view] | remove PROFILE USER</translation>
    </message>
    <message>
        <source>--role is admin, edit or view, not &apos;%1&apos;.</source>
        <translation>--role 只能是 admin、edit 或 view，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 may now use %2 (%3).</source>
        <translation>%1 现在可以使用 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 no longer has access to %2.</source>
        <translation>%1 不再能访问 %2。</translation>
    </message>
    <message>
        <source>%1 is not a contributor of %2.</source>
        <translation>%1 不是 %2 的贡献者。</translation>
    </message>
</context>
<context>
    <name>kfw::app::ExperimentsCommand</name>
    <message>
        <source>Experiments of a backend: list, create, archive, unarchive, delete.</source>
        <translation>后端的实验：列出、创建、归档、取消归档、删除。</translation>
    </message>
    <message>
        <source>list | create NAME | archive ID_OR_NAME | unarchive ID_OR_NAME | delete ID_OR_NAME</source>
        <translation>list | create 名称 | archive ID或名称 | unarchive ID或名称 | delete ID或名称</translation>
    </message>
    <message>
        <source>list: the archived experiments.</source>
        <translation>list：列出已归档的实验。</translation>
    </message>
    <message>
        <source>create: a description.</source>
        <translation>create：描述。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench experiments list | create NAME | archive ID_OR_NAME | unarchive ID_OR_NAME | delete ID_OR_NAME [--context NAME | --local] [--namespace NS]</source>
        <translation>用法：kubeflow-workbench experiments list | create 名称 | archive ID或名称 | unarchive ID或名称 | delete ID或名称 [--context 名称 | --local] [--namespace 命名空间]</translation>
    </message>
    <message>
        <source>No experiments.</source>
        <translation>没有实验。</translation>
    </message>
    <message>
        <source>Created experiment %1 (%2)</source>
        <translation>已创建实验 %1（%2）</translation>
    </message>
    <message>
        <source>Restored experiment %1.</source>
        <translation>已恢复实验 %1。</translation>
    </message>
    <message>
        <source>There is no archived experiment &apos;%1&apos;.</source>
        <translation>没有已归档的实验“%1”。</translation>
    </message>
    <message>
        <source>Archived experiment %1 and its runs.</source>
        <translation>已归档实验 %1 及其运行。</translation>
    </message>
    <message>
        <source>Deleted experiment %1.</source>
        <translation>已删除实验 %1。</translation>
    </message>
</context>
<context>
    <name>kfw::app::LocalCommand</name>
    <message>
        <source>Secrets, config maps and volume folders that local runs use, and the container engines here.</source>
        <translation>本地运行使用的密钥、配置映射和卷文件夹，以及本机的容器引擎。</translation>
    </message>
    <message>
        <source>secret set NAME KEY... | configmap set NAME KEY=VALUE... | volume set NAME FOLDER | secret|configmap|volume list | secret|configmap|volume delete NAME | engines</source>
        <translation>secret set 名称 键... | configmap set 名称 键=值... | volume set 名称 文件夹 | secret|configmap|volume list | secret|configmap|volume delete 名称 | engines</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench local secret set NAME KEY... | configmap set NAME KEY=VALUE... | volume set NAME FOLDER | secret|configmap|volume list | secret|configmap|volume delete NAME | engines</source>
        <translation>用法：kubeflow-workbench local secret set 名称 键... | configmap set 名称 键=值... | volume set 名称 文件夹 | secret|configmap|volume list | secret|configmap|volume delete 名称 | engines</translation>
    </message>
    <message>
        <source>No container engine is installed; container tasks run as processes on this workstation.</source>
        <translation>未安装容器引擎；容器任务将作为本工作站上的进程运行。</translation>
    </message>
    <message>
        <source>a config map entry is KEY=VALUE, not &apos;%1&apos;</source>
        <translation>配置映射条目的格式为 键=值，而不是“%1”</translation>
    </message>
    <message>
        <source>Value of %1 in secret %2: </source>
        <translation>密钥 %2 中 %1 的值：</translation>
    </message>
    <message>
        <source>no value for key %1 on standard input (give one line per key)</source>
        <translation>标准输入中没有键 %1 的值（每个键一行）</translation>
    </message>
</context>
<context>
    <name>kfw::app::NotebooksCommand</name>
    <message>
        <source>Kubeflow notebook servers: list, create, start, stop, delete.</source>
        <translation>Kubeflow 笔记本服务器：列出、创建、启动、停止、删除。</translation>
    </message>
    <message>
        <source>list | create NAME | start NAME | stop NAME | delete NAME</source>
        <translation>list | create 名称 | start 名称 | stop 名称 | delete 名称</translation>
    </message>
    <message>
        <source>create: jupyter (default), vscode or rstudio.</source>
        <translation>create：jupyter（默认）、vscode 或 rstudio。</translation>
    </message>
    <message>
        <source>create: the image (default: the cluster&apos;s default for the type).</source>
        <translation>create：镜像（默认：集群为该类型设定的默认镜像）。</translation>
    </message>
    <message>
        <source>create: the CPU request (default: the cluster&apos;s).</source>
        <translation>create：CPU 请求量（默认：集群的设定）。</translation>
    </message>
    <message>
        <source>create: the CPU limit (default: from the cluster&apos;s limit factor).</source>
        <translation>create：CPU 上限（默认：按集群的上限系数计算）。</translation>
    </message>
    <message>
        <source>create: the memory request, e.g. 2Gi.</source>
        <translation>create：内存请求量，例如 2Gi。</translation>
    </message>
    <message>
        <source>create: the memory limit.</source>
        <translation>create：内存上限。</translation>
    </message>
    <message>
        <source>create: the number of GPUs.</source>
        <translation>create：GPU 数量。</translation>
    </message>
    <message>
        <source>create: the GPUs&apos; resource, e.g. nvidia.com/gpu.</source>
        <translation>create：GPU 的资源名，例如 nvidia.com/gpu。</translation>
    </message>
    <message>
        <source>create: the size of the new workspace volume.</source>
        <translation>create：新工作区卷的大小。</translation>
    </message>
    <message>
        <source>create: no workspace volume.</source>
        <translation>create：不创建工作区卷。</translation>
    </message>
    <message>
        <source>create: a PodDefault to apply, by its label (repeat for several).</source>
        <translation>create：要应用的 PodDefault（按其标签；可重复指定多个）。</translation>
    </message>
    <message>
        <source>delete: confirm; the notebook&apos;s volumes stay.</source>
        <translation>delete：确认；笔记本的卷会保留。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench --context NAME [--namespace NS] notebooks list | create NAME [--type jupyter|vscode|rstudio] [--image IMAGE] [--cpu Q] [--memory Q] [--gpus N] | start NAME | stop NAME | delete NAME --yes</source>
        <translation>用法：kubeflow-workbench --context 名称 [--namespace 命名空间] notebooks list | create 名称 [--type jupyter|vscode|rstudio] [--image 镜像] [--cpu 数量] [--memory 数量] [--gpus N] | start 名称 | stop 名称 | delete 名称 --yes</translation>
    </message>
    <message>
        <source>Deleting notebook %1 ends its server; its volumes stay. Add --yes to do it.</source>
        <translation>删除笔记本 %1 会结束其服务器；其卷会保留。加上 --yes 以执行。</translation>
    </message>
    <message>
        <source>--type is jupyter, vscode or rstudio, not &apos;%1&apos;.</source>
        <translation>--type 应为 jupyter、vscode 或 rstudio，而不是“%1”。</translation>
    </message>
    <message>
        <source>Starting notebook %1.</source>
        <translation>正在启动笔记本 %1。</translation>
    </message>
    <message>
        <source>Stopping notebook %1; its volumes stay.</source>
        <translation>正在停止笔记本 %1；其卷会保留。</translation>
    </message>
    <message>
        <source>Deleted notebook %1.</source>
        <translation>已删除笔记本 %1。</translation>
    </message>
    <message>
        <source>--gpus is a number.</source>
        <translation>--gpus 应为数字。</translation>
    </message>
    <message>
        <source>Created notebook %1 (%2, %3 CPU, %4).</source>
        <translation>已创建笔记本 %1（%2，%3 CPU，%4）。</translation>
    </message>
    <message>
        <source>No notebooks in %1: kubeflow-workbench notebooks create NAME makes one.</source>
        <translation>%1 中没有笔记本：kubeflow-workbench notebooks create 名称 可创建一个。</translation>
    </message>
</context>
<context>
    <name>kfw::app::PipelineCommand</name>
    <message>
        <source>Inspect, validate, format or compare KFP pipeline files.</source>
        <translation>检查、校验、格式化或比较 KFP 流水线文件。</translation>
    </message>
    <message>
        <source>inspect FILE | validate FILE... | format FILE [-o OUT] | diff A B</source>
        <translation>inspect 文件 | validate 文件... | format 文件 [-o 输出] | diff A B</translation>
    </message>
    <message>
        <source>Pipeline files (YAML or JSON).</source>
        <translation>流水线文件（YAML 或 JSON）。</translation>
    </message>
    <message>
        <source>With format: write to OUT instead of standard output.</source>
        <translation>用于 format：写入 OUT，而不是标准输出。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench pipeline inspect FILE [--json] | validate FILE... | format FILE [-o OUT] | diff A B [--json]</source>
        <translation>用法：kubeflow-workbench pipeline inspect 文件 [--json] | validate 文件... | format 文件 [-o 输出] | diff A B [--json]</translation>
    </message>
    <message>
        <source>KFP v1 component &apos;%1&apos; (import it into a pipeline to use it)</source>
        <translation>KFP v1 组件“%1”（将其导入流水线后使用）</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The pipelines are structurally the same.</source>
        <translation>这些流水线在结构上相同。</translation>
    </message>
</context>
<context>
    <name>kfw::app::PipelinesCommand</name>
    <message>
        <source>Pipelines of a backend (the workstation or a cluster): list, get, upload, delete.</source>
        <translation>后端（本工作站或集群）的流水线：列出、查看、上传、删除。</translation>
    </message>
    <message>
        <source>list | get ID_OR_NAME | upload FILE | delete ID_OR_NAME</source>
        <translation>list | get ID或名称 | upload 文件 | delete ID或名称</translation>
    </message>
    <message>
        <source>upload: the pipeline&apos;s name (default: the name in the file); with --pipeline, the version&apos;s.</source>
        <translation>upload：流水线的名称（默认：文件中的名称）；与 --pipeline 一起使用时为版本的名称。</translation>
    </message>
    <message>
        <source>upload: a description.</source>
        <translation>upload：描述。</translation>
    </message>
    <message>
        <source>upload: add the file as a new version of this pipeline.</source>
        <translation>upload：将文件添加为此流水线的新版本。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench pipelines list | get ID_OR_NAME | upload FILE | delete ID_OR_NAME [--context NAME | --local] [--namespace NS]</source>
        <translation>用法：kubeflow-workbench pipelines list | get ID或名称 | upload 文件 | delete ID或名称 [--context 名称 | --local] [--namespace 命名空间]</translation>
    </message>
    <message>
        <source>No pipelines yet: kubeflow-workbench pipelines upload FILE adds one.</source>
        <translation>还没有流水线：kubeflow-workbench pipelines upload 文件 可以添加一条。</translation>
    </message>
    <message>
        <source>Deleted pipeline %1 and its versions.</source>
        <translation>已删除流水线 %1 及其版本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Uploaded %1: pipeline %2, version %3</source>
        <translation>已上传 %1：流水线 %2，版本 %3</translation>
    </message>
</context>
<context>
    <name>kfw::app::ProfilesCommand</name>
    <message>
        <source>Kubeflow profiles of a cluster: list, create, delete.</source>
        <translation>集群的 Kubeflow 配置文件：列出、创建、删除。</translation>
    </message>
    <message>
        <source>list | create NAME | delete NAME</source>
        <translation>list | create NAME | delete NAME</translation>
    </message>
    <message>
        <source>create: the owner (default: you, as the cluster knows you).</source>
        <translation>create：所有者（默认：集群所识别的你）。</translation>
    </message>
    <message>
        <source>create: the quota of %1.</source>
        <translation>create：%1 的配额。</translation>
    </message>
    <message>
        <source>delete: confirm that the profile&apos;s namespace and everything in it goes.</source>
        <translation>delete：确认删除配置文件的命名空间及其中的一切。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench --context NAME profiles list | create NAME [--owner USER] [--cpu Q] [--memory Q] [--gpus N] [--storage Q] [--pods N] | delete NAME --yes</source>
        <translation>用法：kubeflow-workbench --context NAME profiles list | create NAME [--owner USER] [--cpu Q] [--memory Q] [--gpus N] [--storage Q] [--pods N] | delete NAME --yes</translation>
    </message>
    <message>
        <source>Deleting profile %1 deletes its namespace and everything in it (notebooks, volumes, secrets). Add --yes to do it.</source>
        <translation>删除配置文件 %1 会删除其命名空间及其中的一切（笔记本、卷、密钥）。加上 --yes 以执行。</translation>
    </message>
    <message>
        <source>Deleted profile %1.</source>
        <translation>已删除配置文件 %1。</translation>
    </message>
    <message>
        <source>Created profile %1 owned by %2.</source>
        <translation>已创建配置文件 %1，所有者为 %2。</translation>
    </message>
    <message>
        <source>You have no profile on this cluster: kubeflow-workbench profiles create NAME makes one.</source>
        <translation>你在此集群上没有配置文件：kubeflow-workbench profiles create NAME 可创建一个。</translation>
    </message>
    <message>
        <source>%1 contributor(s)</source>
        <translation>%1 位贡献者</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>无配额</translation>
    </message>
</context>
<context>
    <name>kfw::app::RecurringCommand</name>
    <message>
        <source>Recurring runs of the local backend (they fire while the workbench window is open).</source>
        <translation>本地后端的周期运行（仅在工作台窗口打开时触发）。</translation>
    </message>
    <message>
        <source>create FILE | list | enable ID | disable ID | delete ID</source>
        <translation>create 文件 | list | enable ID | disable ID | delete ID</translation>
    </message>
    <message>
        <source>When to run: a cron expression (six fields with seconds, or five).</source>
        <translation>何时运行：cron 表达式（含秒的六个字段，或五个字段）。</translation>
    </message>
    <message>
        <source>When to run: an interval such as 30m, 6h or 1d.</source>
        <translation>何时运行：间隔，例如 30m、6h 或 1d。</translation>
    </message>
    <message>
        <source>The recurring run&apos;s name (default: the pipeline&apos;s).</source>
        <translation>周期运行的名称（默认：流水线的名称）。</translation>
    </message>
    <message>
        <source>A pipeline parameter, name=value (value as YAML).</source>
        <translation>流水线参数，名称=值（值按 YAML 解析）。</translation>
    </message>
    <message>
        <source>The experiment its runs go to (default: Default).</source>
        <translation>其运行归入的实验（默认：Default）。</translation>
    </message>
    <message>
        <source>How many of its runs may run at once (default 1).</source>
        <translation>其运行最多可同时进行多少个（默认 1）。</translation>
    </message>
    <message>
        <source>After a pause, start only the latest missed run instead of each one.</source>
        <translation>暂停之后，只启动最近一次错过的运行，而不是每一次。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench recurring create FILE (--cron EXPR | --every DURATION) [-p name=value]... | list | enable ID | disable ID | delete ID</source>
        <translation>用法：kubeflow-workbench recurring create 文件 (--cron 表达式 | --every 间隔) [-p 名称=值]... | list | enable ID | disable ID | delete ID</translation>
    </message>
    <message>
        <source>--every takes a duration such as 90s, 30m, 6h or 1d, not &apos;%1&apos;</source>
        <translation>--every 的取值为间隔，例如 90s、30m、6h 或 1d，而不是“%1”</translation>
    </message>
    <message>
        <source>give either --cron or --every</source>
        <translation>请给出 --cron 或 --every 之一</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>recurring run %1: next run %2; runs start while the workbench window is open</source>
        <translation>周期运行 %1：下次运行 %2；运行在工作台窗口打开时启动</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <source>due</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No recurring runs: kubeflow-workbench recurring create FILE --every 1d makes one.</source>
        <translation>没有周期运行：使用 kubeflow-workbench recurring create 文件 --every 1d 创建一个。</translation>
    </message>
</context>
<context>
    <name>kfw::app::RunCommand</name>
    <message>
        <source>Run a pipeline on this workstation and follow it to the end.</source>
        <translation>在本机上运行流水线并跟踪到结束。</translation>
    </message>
    <message>
        <source>The pipeline (compiled KFP YAML or JSON).</source>
        <translation>流水线（编译后的 KFP YAML 或 JSON）。</translation>
    </message>
    <message>
        <source>A pipeline parameter, name=value (value as YAML).</source>
        <translation>流水线参数，名称=值（值按 YAML 解析）。</translation>
    </message>
    <message>
        <source>Tasks to run at once (default: the number of cores).</source>
        <translation>同时运行的任务数（默认：CPU 核数）。</translation>
    </message>
    <message>
        <source>Time limit for each task, in seconds.</source>
        <translation>每个任务的时间限制，单位为秒。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench run FILE [-p name=value]...</source>
        <translation>用法：kubeflow-workbench run 文件 [-p 名称=值]...</translation>
    </message>
    <message>
        <source>-p takes name=value, not &apos;%1&apos;</source>
        <translation>-p 的格式为 名称=值，而不是“%1”</translation>
    </message>
    <message>
        <source>Run every task, even those whose outputs are cached from an earlier run; the new outputs replace the cached ones.</source>
        <translation>运行每个任务，即使其输出已从之前的运行中缓存；新的输出将替换缓存的输出。</translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation>无法记录此次运行：%1</translation>
    </message>
    <message>
        <source>run %1 (%2): %3</source>
        <translation>运行 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>运行 %1 %2</translation>
    </message>
    <message>
        <source>The experiment to file the run under (default: Default).</source>
        <translation>将此运行归入的实验（默认：Default）。</translation>
    </message>
    <message>
        <source>Where container tasks run: host (processes on this workstation, the default), podman or docker.</source>
        <translation>容器任务在何处运行：host（本工作站上的进程，默认）、podman 或 docker。</translation>
    </message>
    <message>
        <source>--engine takes host, podman or docker, not &apos;%1&apos;</source>
        <translation>--engine 的取值为 host、podman 或 docker，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 is not installed on this workstation; install it, or run with --engine host</source>
        <translation>本工作站未安装 %1；请安装它，或使用 --engine host 运行</translation>
    </message>
    <message>
        <source>retrying the run in place; tasks that finished and enable caching are taken from the cache</source>
        <translation>正在原地重试此运行；已完成且启用缓存的任务将从缓存中获取</translation>
    </message>
    <message>
        <source>A local file or folder for one of the pipeline&apos;s input artifacts.</source>
        <translation>为流水线的某个输入工件指定本地文件或文件夹。</translation>
    </message>
    <message>
        <source>--artifact takes name=path, not &apos;%1&apos;</source>
        <translation>--artifact 的格式为 名称=路径，而不是“%1”</translation>
    </message>
    <message>
        <source>stopping: ending every task of the run</source>
        <translation>正在停止：结束此运行的所有任务</translation>
    </message>
    <message>
        <source>Runs of a backend (the workstation or a cluster): list, get, create, terminate, retry, logs.</source>
        <translation>后端（本工作站或集群）的运行：列出、查看、创建、终止、重试、日志。</translation>
    </message>
</context>
<context>
    <name>kfw::app::RunsCommand</name>
    <message>
        <source>Only runs in this state (SUCCEEDED, FAILED, ...).</source>
        <translation>只列出处于此状态的运行（SUCCEEDED、FAILED 等）。</translation>
    </message>
    <message>
        <source>How many runs to list (default 20).</source>
        <translation>列出多少次运行（默认 20）。</translation>
    </message>
    <message>
        <source>No local runs yet: kubeflow-workbench run FILE starts one.</source>
        <translation>还没有本地运行：使用 kubeflow-workbench run 文件 开始一次运行。</translation>
    </message>
    <message>
        <source>there is no local run &apos;%1&apos;; kubeflow-workbench runs list shows them</source>
        <translation>没有本地运行“%1”；kubeflow-workbench runs list 会列出所有运行</translation>
    </message>
    <message>
        <source>run %1 has no log for task &apos;%2&apos;</source>
        <translation>运行 %1 中没有任务“%2”的日志</translation>
    </message>
    <message>
        <source>run %1 is %2; only failed, cancelled or interrupted runs are retried</source>
        <translation>运行 %1 的状态为 %2；只能重试失败、已取消或已中断的运行</translation>
    </message>
    <message>
        <source>the pipeline kept with run %1 cannot be read: %2</source>
        <translation>无法读取随运行 %1 保存的流水线：%2</translation>
    </message>
    <message>
        <source>Only runs in this experiment.</source>
        <translation>仅此实验中的运行。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench runs %1 RUN_ID (kubeflow-workbench runs list shows the ids)</source>
        <translation>用法：kubeflow-workbench runs %1 RUN_ID（kubeflow-workbench runs list 会列出运行 ID）</translation>
    </message>
    <message>
        <source>run %1 ran its tasks with %2, which is not installed any more</source>
        <translation>运行 %1 的任务使用 %2 运行，但它已不再安装</translation>
    </message>
    <message>
        <source>list | get RUN_ID | create [FILE] | terminate RUN_ID | logs RUN_ID [TASK] | retry RUN_ID</source>
        <translation>list | get 运行ID | create [文件] | terminate 运行ID | logs 运行ID [任务] | retry 运行ID</translation>
    </message>
    <message>
        <source>--namespace needs --context: namespaces belong to clusters.</source>
        <translation>--namespace 需要 --context：命名空间属于集群。</translation>
    </message>
    <message>
        <source>usage: kubeflow-workbench runs list | get RUN_ID | create [FILE] | terminate RUN_ID | logs RUN_ID [TASK] | retry RUN_ID [--context NAME | --local] [--namespace NS]</source>
        <translation>用法：kubeflow-workbench runs list | get 运行ID | create [文件] | terminate 运行ID | logs 运行ID [任务] | retry 运行ID [--context 名称 | --local] [--namespace 命名空间]</translation>
    </message>
</context>
<context>
    <name>kfw::app::Workbench</name>
    <message>
        <source>There is no page &apos;%1&apos;. Pages: %2.</source>
        <translation>没有名为“%1”的页面。可用页面：%2。</translation>
    </message>
    <message>
        <source>--screenshot writes PNG files; give a file name ending in .png.</source>
        <translation>--screenshot 只写入 PNG 文件；请提供以 .png 结尾的文件名。</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation>无法写入截图 %1：%2</translation>
    </message>
    <message>
        <source>Reading kubeconfig</source>
        <translation>正在读取 kubeconfig</translation>
    </message>
    <message>
        <source>There is no kubeconfig context &quot;%1&quot;</source>
        <translation>没有名为“%1”的 kubeconfig 上下文</translation>
    </message>
    <message>
        <source>Contexts: %1</source>
        <translation>可用上下文：%1</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
</context>
<context>
    <name>kfw::backend</name>
    <message>
        <source>&apos;%1&apos; has a step that is not a positive number</source>
        <translation>“%1”的步长不是正数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of numbers</source>
        <translation>“%1”不是数字范围</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside %2-%3</source>
        <translation>“%1”超出 %2-%3 的范围</translation>
    </message>
    <message>
        <source>give a cron expression or an interval of at least one second</source>
        <translation>请给出 cron 表达式或至少一秒的间隔</translation>
    </message>
    <message>
        <source>the number of runs at once must be at least 1</source>
        <translation>同时运行的数量至少为 1</translation>
    </message>
    <message>
        <source>the end time is before the start time</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>the OS keychain is not available (%1); start your desktop&apos;s keyring (GNOME Keyring, KWallet) or log in to a desktop session, then try again</source>
        <translation>操作系统密钥环不可用（%1）；请启动桌面的密钥环（GNOME Keyring、KWallet）或登录桌面会话，然后重试</translation>
    </message>
    <message>
        <source>the OS keychain refused access (%1); unlock it and try again</source>
        <translation>操作系统密钥环拒绝访问（%1）；请将其解锁后重试</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Uninitialized</source>
        <translation>未初始化</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>正在终止</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>the backend went away</source>
        <translation>后端已不可用</translation>
    </message>
</context>
<context>
    <name>kfw::backend::CronSchedule</name>
    <message>
        <source>a cron expression has six fields (second minute hour day-of-month month day-of-week), or five without seconds</source>
        <translation>cron 表达式有六个字段（秒 分 时 日 月 星期），或不含秒的五个字段</translation>
    </message>
    <message>
        <source>cron expression &apos;%1&apos;: %2</source>
        <translation>cron 表达式“%1”：%2</translation>
    </message>
</context>
<context>
    <name>kfw::backend::KeychainSecretStore</name>
    <message>
        <source>secret &apos;%1&apos; is not set on this workstation</source>
        <translation>本工作站上未设置密钥“%1”</translation>
    </message>
</context>
<context>
    <name>kfw::backend::MemorySecretStore</name>
    <message>
        <source>secret &apos;%1&apos; is not set on this workstation</source>
        <translation>本工作站上未设置密钥“%1”</translation>
    </message>
</context>
<context>
    <name>kfw::backend::RunService</name>
    <message>
        <source>This backend keeps no labels on runs; label runs of the workstation&apos;s backend.</source>
        <translation>此后端不在运行上保存标签；请为工作站后端的运行添加标签。</translation>
    </message>
</context>
<context>
    <name>kfw::kube</name>
    <message>
        <source>The server address &quot;%1&quot; of cluster &quot;%2&quot; is not an http(s) URL. Fix it in %3.</source>
        <translation>集群“%2”的服务器地址“%1”不是 http(s) URL。请在 %3 中修正。</translation>
    </message>
    <message>
        <source>The kubeconfig turns off TLS verification for cluster &quot;%1&quot; (insecure-skip-tls-verify): the server&apos;s identity is not checked, so anyone on the network path could read or change the traffic.</source>
        <translation>kubeconfig 为集群“%1”关闭了 TLS 验证（insecure-skip-tls-verify）：不会检查服务器的身份，因此网络路径上的任何人都可能读取或篡改通信内容。</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is reached over plain http: credentials and data travel unencrypted.</source>
        <translation>集群“%1”通过明文 http 访问：凭据和数据均以未加密形式传输。</translation>
    </message>
    <message>
        <source>The kubeconfig user &quot;%1&quot; uses the &quot;%2&quot; auth-provider, which kubectl no longer supports. Switch the user to its exec plugin (gke-gcloud-auth-plugin for GKE, kubelogin for AKS).</source>
        <translation>kubeconfig 用户“%1”使用“%2” auth-provider，而 kubectl 已不再支持它。请将该用户改为使用对应的 exec 插件（GKE 使用 gke-gcloud-auth-plugin，AKS 使用 kubelogin）。</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>Environment: %1=%2</source>
        <translation>环境变量：%1=%2</translation>
    </message>
    <message>
        <source>It is given the cluster&apos;s address and certificate authority.</source>
        <translation>它会获得集群的地址和证书颁发机构。</translation>
    </message>
    <message>
        <source>control characters are not allowed in YAML (found 0x%1)</source>
        <translation>YAML 中不允许出现控制字符（发现了 0x%1）</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>文本不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>any kubeconfig file (none of %1 exists)</source>
        <translation>任何 kubeconfig 文件（%1 均不存在）</translation>
    </message>
    <message>
        <source>any kubeconfig file (none is configured)</source>
        <translation>任何 kubeconfig 文件（当前未配置）</translation>
    </message>
    <message>
        <source>no context is chosen, and no current-context is set in %1; kubectl config use-context NAME picks one</source>
        <translation>未选择上下文，且 %1 中未设置 current-context；可用 kubectl config use-context NAME 选择一个</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found in %2; kubectl config get-contexts lists them</source>
        <translation>在 %2 中找不到上下文“%1”；kubectl config get-contexts 可列出所有上下文</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names %2 &quot;%3&quot;, which is not defined in %4</source>
        <translation>上下文“%1”引用了%2“%3”，但 %4 中没有定义它</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 是一个目录</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 sets both a file and inline data; kubectl cannot flatten that: keep one</source>
        <translation>%1 同时设置了文件和内联数据；kubectl 无法将其展平：请只保留其一</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>certificate-authority of cluster &quot;%1&quot;</source>
        <translation>集群“%1”的 certificate-authority</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>client-certificate of user &quot;%1&quot;</source>
        <translation>用户“%1”的 client-certificate</translation>
    </message>
    <message>
        <source>client-key of user &quot;%1&quot;</source>
        <translation>用户“%1”的 client-key</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; (in %2) has no server; add server: https://HOST:PORT to it</source>
        <translation>集群“%1”（位于 %2）没有 server；请为其添加 server: https://HOST:PORT</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has a proxy-url with scheme &quot;%2&quot;; kubectl accepts http, https and socks5</source>
        <translation>集群“%1”的 proxy-url 使用了协议“%2”；kubectl 只接受 http、https 和 socks5</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; sets both certificate-authority and certificate-authority-data; kubectl refuses that: keep one</source>
        <translation>集群“%1”同时设置了 certificate-authority 和 certificate-authority-data；kubectl 不接受这种配置：请只保留其一</translation>
    </message>
    <message>
        <source>cannot read certificate-authority %1 of cluster &quot;%2&quot;: %3</source>
        <translation>无法读取集群“%2”的 certificate-authority %1：%3</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; sets insecure-skip-tls-verify and a certificate authority; kubectl refuses that: drop one</source>
        <translation>集群“%1”同时设置了 insecure-skip-tls-verify 和证书颁发机构；kubectl 不接受这种配置：请删除其中之一</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has more than one authentication method (%2); kubectl allows only one</source>
        <translation>用户“%1”有多种身份验证方式（%2）；kubectl 只允许一种</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; sets both client-certificate and client-certificate-data; keep one</source>
        <translation>用户“%1”同时设置了 client-certificate 和 client-certificate-data；请只保留其一</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; sets both client-key and client-key-data; keep one</source>
        <translation>用户“%1”同时设置了 client-key 和 client-key-data；请只保留其一</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has a client certificate but no client-key or client-key-data</source>
        <translation>用户“%1”有客户端证书，但没有 client-key 或 client-key-data</translation>
    </message>
    <message>
        <source>cannot read client-certificate %1 of user &quot;%2&quot;: %3</source>
        <translation>无法读取用户“%2”的 client-certificate %1：%3</translation>
    </message>
    <message>
        <source>cannot read client-key %1 of user &quot;%2&quot;: %3</source>
        <translation>无法读取用户“%2”的 client-key %1：%3</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has both an exec plugin and an auth-provider; kubectl allows one</source>
        <translation>用户“%1”同时配置了 exec 插件和 auth-provider；kubectl 只允许其中之一</translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has no command</source>
        <translation>用户“%1”的 exec 插件未指定 command</translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has no apiVersion (for example client.authentication.k8s.io/v1)</source>
        <translation>用户“%1”的 exec 插件未指定 apiVersion（例如 client.authentication.k8s.io/v1）</translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has an env entry without a name</source>
        <translation>用户“%1”的 exec 插件中有一个缺少 name 的 env 条目</translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has no interactiveMode (Never, IfAvailable or Always)</source>
        <translation>用户“%1”的 exec 插件未指定 interactiveMode（Never、IfAvailable 或 Always）</translation>
    </message>
    <message>
        <source>the exec plugin of user &quot;%1&quot; has interactiveMode &quot;%2&quot;; use Never, IfAvailable or Always</source>
        <translation>用户“%1”的 exec 插件的 interactiveMode 为“%2”；请使用 Never、IfAvailable 或 Always</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; asks for impersonated groups, uid or extras without a user to impersonate (as)</source>
        <translation>用户“%1”请求模拟组、uid 或 extras，但未指定要模拟的用户（as）</translation>
    </message>
    <message>
        <source>Enter a quantity, e.g. 4, 500m or 16Gi.</source>
        <translation>请输入数量，例如 4、500m 或 16Gi。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes quantity; write a number with an optional unit, e.g. 4, 500m, 16Gi or 1.5.</source>
        <translation>“%1”不是 Kubernetes 数量；请写一个数字，可带单位，例如 4、500m、16Gi 或 1.5。</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>数量不能为负。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>A name has at most 63 characters (this one has %1).</source>
        <translation>名称最多 63 个字符（此名称有 %1 个）。</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and &apos;-&apos; only, starting and ending with a letter or digit (e.g. team-vision).</source>
        <translation>只能使用小写字母、数字和“-”，并以字母或数字开头和结尾（例如 team-vision）。</translation>
    </message>
</context>
<context>
    <name>kfw::kube::ContextConnection</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (Kubernetes %2) as %3</source>
        <translation>已以 %3 身份连接到 %1（Kubernetes %2）</translation>
    </message>
</context>
<context>
    <name>kfw::kube::Converter</name>
    <message>
        <source>its aliases expand to more than %1 nodes</source>
        <translation>其别名展开后超过 %1 个节点</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation>合并键（&lt;&lt;）需要一个映射或映射列表</translation>
    </message>
    <message>
        <source>a mapping key must not be null</source>
        <translation>映射的键不能为 null</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a collection</source>
        <translation>映射的键必须是普通值，而不能是集合</translation>
    </message>
    <message>
        <source>the value cannot be read as the !!%1 its tag asks for</source>
        <translation>无法按其标签要求的 !!%1 读取该值</translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold; kubectl refuses .inf and .nan values</source>
        <translation>%1 不是 JSON 能表示的数字；kubectl 不接受 .inf 和 .nan 值</translation>
    </message>
</context>
<context>
    <name>kfw::kube::Credentials</name>
    <message>
        <source>Cannot read the token file %1 named in the kubeconfig: %2</source>
        <translation>无法读取 kubeconfig 中指定的 token 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>kfw::kube::Decoder</name>
    <message>
        <source>the file holds %1, not a kubeconfig (a mapping with clusters, users and contexts)</source>
        <translation>该文件包含的是%1，不是 kubeconfig（应为包含 clusters、users 和 contexts 的映射）</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not one kubectl reads; a kubeconfig is apiVersion v1</source>
        <translation>kubectl 不读取 apiVersion“%1”；kubeconfig 的 apiVersion 应为 v1</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kubeconfig; a kubeconfig is kind Config</source>
        <translation>kind“%1”不是 kubeconfig；kubeconfig 的 kind 应为 Config</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 必须是%2，而不是%3</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2 (YAML reads yes/no/on/off/y/n as booleans and digits as numbers: put the value in quotes)</source>
        <translation>%1 必须是字符串，而不是%2（YAML 会将 yes/no/on/off/y/n 读作布尔值、将数字读作数值：请给该值加上引号）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>%1 is not valid base64 (bad character at offset %2)</source>
        <translation>%1 不是有效的 base64（偏移量 %2 处有无效字符）</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is defined twice in this file; kubectl refuses a file that repeats a name</source>
        <translation>%1“%2”在此文件中定义了两次；kubectl 不接受名称重复的文件</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>a list of {name, value}</source>
        <translation>{name, value} 列表</translation>
    </message>
</context>
<context>
    <name>kfw::kube::ExecApprovals</name>
    <message>
        <source>Cannot remember the approval in %1: %2</source>
        <translation>无法将批准记录保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>kfw::kube::ExecCredentials</name>
    <message>
        <source>The kubeconfig user &quot;%1&quot; (%2) gets its credentials by running a program. It runs only once you approve it:
%3</source>
        <translation>kubeconfig 用户“%1”（%2）通过运行一个程序来获取凭据。只有在你批准后它才会运行：
%3</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; needs a terminal to ask you something (interactiveMode: Always). Run a kubectl command with this context in a terminal once, then connect again.</source>
        <translation>凭据插件“%1”需要通过终端向你询问信息（interactiveMode: Always）。请先在终端中使用此上下文运行一次 kubectl 命令，然后重新连接。</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; of kubeconfig user &quot;%2&quot; was not found.</source>
        <translation>找不到 kubeconfig 用户“%2”的凭据插件“%1”。</translation>
    </message>
    <message>
        <source>The credential plugin %1 could not be started: %2</source>
        <translation>无法启动凭据插件 %1：%2</translation>
    </message>
    <message>
        <source>The credential plugin %1 did not finish within two minutes.</source>
        <translation>凭据插件 %1 未在两分钟内完成。</translation>
    </message>
    <message>
        <source>The credential plugin %1 failed (exit code %2)%3</source>
        <translation>凭据插件 %1 运行失败（退出码 %2）%3</translation>
    </message>
    <message>
        <source>The credential plugin %1 did not print an ExecCredential (%2).</source>
        <translation>凭据插件 %1 没有输出 ExecCredential（%2）。</translation>
    </message>
    <message>
        <source>wrong kind</source>
        <translation>kind 不正确</translation>
    </message>
    <message>
        <source>The credential plugin %1 answered with apiVersion %2, but the kubeconfig asks for %3.</source>
        <translation>凭据插件 %1 返回的 apiVersion 为 %2，但 kubeconfig 要求的是 %3。</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned a client certificate without its key, or a key without its certificate.</source>
        <translation>凭据插件 %1 返回了客户端证书却没有私钥，或返回了私钥却没有证书。</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned neither a token nor a client certificate.</source>
        <translation>凭据插件 %1 既没有返回 token，也没有返回客户端证书。</translation>
    </message>
</context>
<context>
    <name>kfw::kube::Kubeconfig</name>
    <message>
        <source>it is a directory</source>
        <translation>它是一个目录</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no kubeconfig file found: %1 does not exist</source>
        <translation>未找到 kubeconfig 文件：%1 不存在</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; (in %2) names no cluster</source>
        <translation>上下文“%1”（位于 %2）未指定集群</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>kfw::kube::Node</name>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
</context>
<context>
    <name>kfw::kube::OidcCredentials</name>
    <message>
        <source>The OIDC id-token of kubeconfig user &quot;%1&quot; has expired and there is no refresh token to renew it. Log in again with your identity provider (for example with kubelogin), then connect again.</source>
        <translation>kubeconfig 用户“%1”的 OIDC id-token 已过期，且没有可用于续期的 refresh token。请通过你的身份提供方重新登录（例如使用 kubelogin），然后重新连接。</translation>
    </message>
    <message>
        <source>Cannot renew the OIDC token: the issuer %1 did not describe its token endpoint (%2).</source>
        <translation>无法续期 OIDC token：颁发者 %1 未提供其 token 端点（%2）。</translation>
    </message>
    <message>
        <source>The identity provider refused to renew the OIDC token of kubeconfig user &quot;%1&quot; (%2). Log in again.</source>
        <translation>身份提供方拒绝为 kubeconfig 用户“%1”续期 OIDC token（%2）。请重新登录。</translation>
    </message>
</context>
<context>
    <name>kfw::kube::PortForward</name>
    <message>
        <source>The API server refused the port-forward: %1</source>
        <translation>API 服务器拒绝了端口转发：%1</translation>
    </message>
    <message>
        <source>The cluster&apos;s certificate was not accepted: %1</source>
        <translation>集群的证书未被接受：%1</translation>
    </message>
    <message>
        <source>No local port is free for the port-forward: %1</source>
        <translation>没有可用于端口转发的本地端口：%1</translation>
    </message>
    <message>
        <source>The cluster did not accept your credentials for the port-forward; log in again (refresh the context&apos;s credentials) and connect again.</source>
        <translation>集群不接受你用于端口转发的凭据；请重新登录（刷新该上下文的凭据）后再连接。</translation>
    </message>
    <message>
        <source>You may not forward ports to pods in this namespace (the pods/portforward permission). Ask the profile&apos;s owner for the edit role, or open notebooks through the Kubeflow gateway.</source>
        <translation>你无权向此命名空间中的 Pod 转发端口（pods/portforward 权限）。请向该配置文件的所有者申请编辑角色，或通过 Kubeflow 网关打开笔记本。</translation>
    </message>
    <message>
        <source>The notebook&apos;s pod is not there; start the notebook and connect again.</source>
        <translation>笔记本的 Pod 不存在；请启动笔记本后再连接。</translation>
    </message>
</context>
<context>
    <name>kfw::kube::ResourceListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在时长</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow</name>
    <message>
        <source>Pipeline version %1 is not known here; list its pipeline&apos;s versions first.</source>
        <translation>此处不认识流水线版本 %1；请先列出其流水线的版本。</translation>
    </message>
    <message>
        <source>You may not reach Kubeflow&apos;s access management through the API server&apos;s service proxy (%1). Connect through the Kubeflow gateway instead: Backend menu ▸ Pipelines connection…</source>
        <translation>你不能通过 API 服务器的服务代理访问 Kubeflow 的访问管理（%1）。请改为通过 Kubeflow 网关连接：后端菜单 ▸ 流水线连接…</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>（服务器回应：%1）</translation>
    </message>
    <message>
        <source>Kubeflow&apos;s access management (KFAM) cannot be reached: %1. Check that the profiles-kfam service runs in the kubeflow namespace.</source>
        <translation>无法访问 Kubeflow 的访问管理（KFAM）：%1。请检查 kubeflow 命名空间中的 profiles-kfam 服务是否在运行。</translation>
    </message>
    <message>
        <source>outputs reused from the cache</source>
        <translation>输出复用自缓存</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::GatewayCredentials</name>
    <message>
        <source>The Kubeflow session has ended and logging in again was cancelled; connect again to log in.</source>
        <translation>Kubeflow 会话已结束，且重新登录已取消；请重新连接以登录。</translation>
    </message>
    <message>
        <source>Logging in to Kubeflow was cancelled.</source>
        <translation>已取消登录 Kubeflow。</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KfpAccess</name>
    <message>
        <source>Enter the Kubeflow gateway&apos;s URL, e.g. https://kubeflow.example.com.</source>
        <translation>请输入 Kubeflow 网关的 URL，例如 https://kubeflow.example.com。</translation>
    </message>
    <message>
        <source>Enter the URL of KFP&apos;s API server, e.g. http://127.0.0.1:8888 for a port-forward.</source>
        <translation>请输入 KFP API 服务器的 URL，例如端口转发时的 http://127.0.0.1:8888。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL.</source>
        <translation>“%1”不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>Enter the user id to send as kubeflow-userid, or turn the header off.</source>
        <translation>请输入要作为 kubeflow-userid 发送的用户 ID，或关闭该请求头。</translation>
    </message>
    <message>
        <source>through the API server&apos;s service proxy</source>
        <translation>通过 API 服务器的服务代理</translation>
    </message>
    <message>
        <source>gateway %1 (token)</source>
        <translation>网关 %1（token）</translation>
    </message>
    <message>
        <source>gateway %1 (browser login)</source>
        <translation>网关 %1（浏览器登录）</translation>
    </message>
    <message>
        <source>direct URL %1 as %2 (unsafe outside development)</source>
        <translation>直连 URL %1，身份 %2（开发环境之外不安全）</translation>
    </message>
    <message>
        <source>direct URL %1</source>
        <translation>直连 URL %1</translation>
    </message>
    <message>
        <source>A direct URL reaches KFP&apos;s API server alone; artifacts and metrics of runs are read from ML Metadata and KFP&apos;s UI, which the API server&apos;s service proxy or the Kubeflow gateway reach. Change how the workbench reaches Kubeflow Pipelines to see them.</source>
        <translation>直接 URL 只能访问 KFP 的 API 服务器；运行的工件和指标需从 ML Metadata 和 KFP 界面读取，而这两者需通过 API 服务器的服务代理或 Kubeflow 网关访问。请更改工作台访问 Kubeflow Pipelines 的方式以查看它们。</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KfpRunService</name>
    <message>
        <source>Run of %1</source>
        <translation>%1 的运行</translation>
    </message>
    <message>
        <source>The pipeline cannot be read: %1</source>
        <translation>无法读取流水线：%1</translation>
    </message>
    <message>
        <source>Task %1 of run %2 has no pod (yet); its log appears once it runs.</source>
        <translation>运行 %2 的任务 %1（尚）没有 Pod；任务运行后即可看到日志。</translation>
    </message>
    <message>
        <source>A Kubeflow cluster cannot filter runs by metric, parameter or label; clear that filter, or compare the runs (Ctrl+Shift+C) to sort them by a metric.</source>
        <translation>Kubeflow 集群无法按指标、参数或标签筛选运行；请清除该筛选条件，或比较这些运行（Ctrl+Shift+C）以按指标排序。</translation>
    </message>
    <message>
        <source>A Kubeflow cluster sorts runs by name, status, start or end time only.</source>
        <translation>Kubeflow 集群只能按名称、状态、开始或结束时间对运行排序。</translation>
    </message>
    <message>
        <source>%1 The log was not kept on this computer: it is kept once it has been shown after the task ended.</source>
        <translation>%1 此日志未保存在本机：任务结束后显示过一次的日志才会被保存。</translation>
    </message>
    <message numerus="yes">
        <source>ML Metadata no longer holds %n of the run&apos;s artifacts.</source>
        <translation>
            <numerusform>ML Metadata 中已不再保存该运行的 %n 个工件。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1 (%2); check that the folder is writable and the disk has room</source>
        <translation>无法写入 %1（%2）；请检查文件夹是否可写以及磁盘空间是否充足</translation>
    </message>
    <message>
        <source>KFP&apos;s UI did not hand out %1: %2</source>
        <translation>KFP 界面未能提供 %1：%2</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KfpScope</name>
    <message>
        <source>The cluster is not connected yet; connect to it from the backend menu.</source>
        <translation>尚未连接集群；请从后端菜单连接。</translation>
    </message>
    <message>
        <source>Choose the profile namespace to work in first.</source>
        <translation>请先选择要使用的配置文件命名空间。</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KfpServices</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KubeflowBackend</name>
    <message>
        <source>%1; pipelines %2</source>
        <translation>%1；流水线 %2</translation>
    </message>
    <message>
        <source>No token is stored for the Kubeflow gateway; enter one in the pipelines connection settings.</source>
        <translation>没有为 Kubeflow 网关保存 token；请在流水线连接设置中输入。</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines reachable %1</source>
        <translation>Kubeflow Pipelines 可访问（%1）</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines is not reachable %1: %2</source>
        <translation>Kubeflow Pipelines 无法访问（%1）：%2</translation>
    </message>
    <message>
        <source>Users who may not use the kubeflow namespace&apos;s service proxy reach Pipelines through the Kubeflow gateway: choose it in the backend&apos;s pipelines connection settings.</source>
        <translation>无权使用 kubeflow 命名空间服务代理的用户可通过 Kubeflow 网关访问 Pipelines：请在后端的流水线连接设置中选择网关。</translation>
    </message>
    <message>
        <source>No keychain is set up.</source>
        <translation>没有设置密钥环。</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KubeflowNotebookService</name>
    <message>
        <source>The cluster is not connected.</source>
        <translation>集群未连接。</translation>
    </message>
    <message>
        <source>Choose a namespace first.</source>
        <translation>请先选择命名空间。</translation>
    </message>
    <message>
        <source>%1: the cluster&apos;s configuration could not be read (%2)</source>
        <translation>%1：无法读取集群的配置（%2）</translation>
    </message>
    <message>
        <source>%1: ConfigMap kubeflow/%2 is not usable (%3)</source>
        <translation>%1：ConfigMap kubeflow/%2 不可用（%3）</translation>
    </message>
    <message>
        <source>ConfigMap kubeflow/%1</source>
        <translation>ConfigMap kubeflow/%1</translation>
    </message>
    <message>
        <source>%1: the cluster has no Jupyter web app configuration</source>
        <translation>%1：集群没有 Jupyter Web 应用的配置</translation>
    </message>
    <message>
        <source>Stop %1 before changing its resources: the change restarts its pod.</source>
        <translation>修改资源前请先停止 %1：修改会重启其 Pod。</translation>
    </message>
    <message>
        <source>The log of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的日志：%2</translation>
    </message>
    <message>
        <source>%1 is mounted by %2; delete the notebook first.</source>
        <translation>%1 被 %2 挂载；请先删除该笔记本。</translation>
    </message>
    <message>
        <source>Kubeflow gateway</source>
        <translation>Kubeflow 网关</translation>
    </message>
    <message>
        <source>port-forward to %1</source>
        <translation>端口转发到 %1</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::KubeflowProfileService</name>
    <message>
        <source>The cluster connection changed.</source>
        <translation>集群连接已更改。</translation>
    </message>
    <message>
        <source>The Kubeflow gateway did not say who you are.</source>
        <translation>Kubeflow 网关没有告知你的身份。</translation>
    </message>
    <message>
        <source>The Kubeflow gateway did not say who you are: %1</source>
        <translation>Kubeflow 网关没有告知你的身份：%1</translation>
    </message>
    <message>
        <source>The cluster did not say who you are (SelfSubjectReview): %1</source>
        <translation>集群没有告知你的身份（SelfSubjectReview）：%1</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>集群未连接。</translation>
    </message>
    <message>
        <source>The profiles cannot be listed: %1</source>
        <translation>无法列出配置文件：%1</translation>
    </message>
    <message>
        <source>Your profiles cannot be listed: Kubeflow&apos;s access management answered &quot;%1&quot;, and the cluster&apos;s profiles and namespaces cannot be read either (%2).</source>
        <translation>无法列出你的配置文件：Kubeflow 的访问管理回应“%1”，而集群的配置文件和命名空间也无法读取（%2）。</translation>
    </message>
    <message>
        <source>The profile name cannot be used: %1</source>
        <translation>该配置文件名称不可用：%1</translation>
    </message>
    <message>
        <source>Enter the owner of the profile (their user name or email).</source>
        <translation>请输入配置文件的所有者（用户名或电子邮件）。</translation>
    </message>
    <message>
        <source>The quota for %1 cannot be used: %2</source>
        <translation>%1 的配额不可用：%2</translation>
    </message>
    <message>
        <source>You may not create the profile %1.</source>
        <translation>你不能创建配置文件 %1。</translation>
    </message>
    <message>
        <source>Only a cluster administrator can change the quota of %1: Kubeflow&apos;s profile controller keeps the namespace&apos;s quota equal to the Profile, which other users may not edit. (%2)</source>
        <translation>只有集群管理员可以更改 %1 的配额：Kubeflow 的配置文件控制器使命名空间的配额与 Profile 保持一致，而其他用户不能编辑 Profile。（%2）</translation>
    </message>
    <message>
        <source>Kubeflow refused the change to %1 although you may make it (%2). The gateway may keep Kubeflow&apos;s access management to the Central Dashboard (Istio&apos;s AuthorizationPolicy profiles-kfam does by default): ask an administrator to allow it, or use a context that may use the API server&apos;s service proxy.</source>
        <translation>尽管你有权更改 %1，Kubeflow 仍拒绝了此更改（%2）。网关可能只允许中央仪表板访问 Kubeflow 的访问管理（Istio 的 AuthorizationPolicy profiles-kfam 默认如此）：请让管理员放行，或使用可以使用 API 服务器服务代理的上下文。</translation>
    </message>
    <message>
        <source>Only the owner of %1 or a cluster administrator can delete it.</source>
        <translation>只有 %1 的所有者或集群管理员可以删除它。</translation>
    </message>
    <message>
        <source>You may not see who contributes to %1.</source>
        <translation>你不能查看 %1 的贡献者。</translation>
    </message>
    <message>
        <source>Enter the contributor&apos;s user name (usually their email).</source>
        <translation>请输入贡献者的用户名（通常是电子邮件）。</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message>
        <source>Choose the role admin, edit or view.</source>
        <translation>请选择角色 admin、edit 或 view。</translation>
    </message>
    <message>
        <source>Only the owner of %1 or a cluster administrator can add contributors.</source>
        <translation>只有 %1 的所有者或集群管理员可以添加贡献者。</translation>
    </message>
    <message>
        <source>%1 owns %2 and cannot be removed from it; a cluster administrator can give the profile another owner.</source>
        <translation>%1 拥有 %2，不能被移除；集群管理员可以为该配置文件指定另一个所有者。</translation>
    </message>
    <message>
        <source>Only the owner of %1 or a cluster administrator can remove contributors.</source>
        <translation>只有 %1 的所有者或集群管理员可以移除贡献者。</translation>
    </message>
</context>
<context>
    <name>kfw::kubeflow::notebooks</name>
    <message>
        <source>the Jupyter web app&apos;s built-in defaults</source>
        <translation>Jupyter Web 应用的内置默认值</translation>
    </message>
    <message>
        <source>The spawner configuration is not valid YAML: %1</source>
        <translation>启动器配置不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>The spawner configuration has no spawnerFormDefaults section.</source>
        <translation>启动器配置缺少 spawnerFormDefaults 部分。</translation>
    </message>
    <message>
        <source>Waiting for StatefulSet to create the underlying Pod.</source>
        <translation>正在等待 StatefulSet 创建底层 Pod。</translation>
    </message>
    <message>
        <source>No Pods are currently running for this Notebook Server.</source>
        <translation>此笔记本服务器当前没有运行中的 Pod。</translation>
    </message>
    <message>
        <source>Notebook Server is stopping.</source>
        <translation>笔记本服务器正在停止。</translation>
    </message>
    <message>
        <source>Deleting this Notebook Server.</source>
        <translation>正在删除此笔记本服务器。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>No available message for container state.</source>
        <translation>容器状态没有可用的信息。</translation>
    </message>
    <message>
        <source>Couldn&apos;t find any information for the status of this notebook.</source>
        <translation>找不到此笔记本状态的任何信息。</translation>
    </message>
    <message>
        <source>A notebook&apos;s name may have at most 52 characters.</source>
        <translation>笔记本名称最多 52 个字符。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <source>An image name cannot contain spaces.</source>
        <translation>镜像名称不能包含空格。</translation>
    </message>
    <message>
        <source>This cluster allows only the images it offers.</source>
        <translation>此集群只允许使用其提供的镜像。</translation>
    </message>
    <message>
        <source>%1 limit: %2</source>
        <translation>%1 上限：%2</translation>
    </message>
    <message>
        <source>The %1 limit must not be smaller than the request.</source>
        <translation>%1 上限不能小于请求量。</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>The number of GPUs cannot be negative.</source>
        <translation>GPU 数量不能为负数。</translation>
    </message>
    <message>
        <source>Choose the GPU vendor.</source>
        <translation>请选择 GPU 厂商。</translation>
    </message>
    <message>
        <source>A notebook has at most one workspace volume.</source>
        <translation>一个笔记本最多只有一个工作区卷。</translation>
    </message>
    <message>
        <source>Volume %1: the mount path must be absolute.</source>
        <translation>卷 %1：挂载路径必须是绝对路径。</translation>
    </message>
    <message>
        <source>Two volumes are mounted at %1.</source>
        <translation>有两个卷挂载在 %1。</translation>
    </message>
    <message>
        <source>Volume %1: %2</source>
        <translation>卷 %1：%2</translation>
    </message>
    <message>
        <source>The volume %1 is mounted twice.</source>
        <translation>卷 %1 被挂载了两次。</translation>
    </message>
    <message>
        <source>Volume %1: size: %2</source>
        <translation>卷 %1：大小：%2</translation>
    </message>
    <message>
        <source>There is no toleration group %1.</source>
        <translation>没有容忍组 %1。</translation>
    </message>
    <message>
        <source>There is no affinity configuration %1.</source>
        <translation>没有亲和性配置 %1。</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>The access mode is one of %1.</source>
        <translation>访问模式应为 %1 之一。</translation>
    </message>
</context>
<context>
    <name>kfw::local</name>
    <message>
        <source>the env variable name &apos;%1&apos; cannot be given to a container</source>
        <translation>环境变量名“%1”无法传给容器</translation>
    </message>
    <message>
        <source>the value of env variable %1 has a line break, which a container engine cannot be given (its env file holds one line per variable); mount the value as a file instead</source>
        <translation>环境变量 %1 的值包含换行符，无法传给容器引擎（其环境文件每个变量占一行）；请改为以文件形式挂载该值</translation>
    </message>
    <message>
        <source>cannot create the container&apos;s env file %1: %2</source>
        <translation>无法创建容器的环境文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the container&apos;s env file %1: %2</source>
        <translation>无法写入容器的环境文件 %1：%2</translation>
    </message>
    <message>
        <source>the page token &apos;%1&apos; does not come from this backend; list again from the first page</source>
        <translation>页面令牌“%1”不是来自此后端；请从第一页重新列出</translation>
    </message>
    <message>
        <source>%1 is a component, not a pipeline; add it to a pipeline to run it</source>
        <translation>%1 是组件，不是流水线；请将其加入流水线后再运行</translation>
    </message>
    <message>
        <source>the pipeline has errors:
%1</source>
        <translation>流水线有错误：
%1</translation>
    </message>
    <message>
        <source>the uploaded file</source>
        <translation>上传的文件</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>cannot add version %1 of %2: %3</source>
        <translation>无法添加 %2 的版本 %1：%3</translation>
    </message>
    <message>
        <source>experiment %1 does not exist</source>
        <translation>实验 %1 不存在</translation>
    </message>
    <message>
        <source>run %1 does not exist</source>
        <translation>运行 %1 不存在</translation>
    </message>
    <message>
        <source>run %1 is in the archived experiment %2; restore the experiment first</source>
        <translation>运行 %1 位于已归档的实验 %2 中；请先恢复该实验</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name Kubernetes takes: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>“%1”不是 Kubernetes 接受的名称：只能使用小写字母、数字、“-”和“.”，并以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>give at least one key and value</source>
        <translation>请至少给出一个键和值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key Kubernetes takes: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>“%1”不是 Kubernetes 接受的键：只能使用字母、数字、“-”、“_”和“.”</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalBackend</name>
    <message>
        <source>Local workstation</source>
        <translation>本地工作站</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalEngine</name>
    <message>
        <source>the workbench was closed while this run was running</source>
        <translation>工作台在此运行进行时被关闭</translation>
    </message>
    <message>
        <source>cannot create the data folder %1; check its permissions</source>
        <translation>无法创建数据文件夹 %1；请检查其权限</translation>
    </message>
    <message>
        <source>pipeline version %1 does not exist any more</source>
        <translation>流水线版本 %1 已不存在</translation>
    </message>
    <message>
        <source>choose a pipeline or a pipeline version to run</source>
        <translation>请选择要运行的流水线或流水线版本</translation>
    </message>
    <message>
        <source>experiment %1 is archived; restore it before adding runs to it</source>
        <translation>实验 %1 已归档；请先恢复它再添加运行</translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation>无法记录此次运行：%1</translation>
    </message>
    <message>
        <source>run %1 does not exist</source>
        <translation>运行 %1 不存在</translation>
    </message>
    <message>
        <source>run %1 is not running (it is %2)</source>
        <translation>运行 %1 未在运行（其状态为 %2）</translation>
    </message>
    <message>
        <source>run %1 is %2; only failed, cancelled or interrupted runs are retried</source>
        <translation>运行 %1 的状态为 %2；只能重试失败、已取消或已中断的运行</translation>
    </message>
    <message>
        <source>the pipeline kept with run %1 cannot be read: %2</source>
        <translation>无法读取随运行 %1 保存的流水线：%2</translation>
    </message>
    <message>
        <source>cannot record the retry: %1</source>
        <translation>无法记录此次重试：%1</translation>
    </message>
    <message>
        <source>run %1 is running; stop it before deleting it</source>
        <translation>运行 %1 正在运行；请先停止再删除</translation>
    </message>
    <message>
        <source>cannot delete run %1: %2</source>
        <translation>无法删除运行 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the log %1: %2</source>
        <translation>无法读取日志 %1：%2</translation>
    </message>
    <message>
        <source>[first %1 MiB of the log left out; the whole log is %2]
</source>
        <translation>[省略了日志开头的 %1 MiB；完整日志见 %2]
</translation>
    </message>
    <message>
        <source>run %1 has no task %2</source>
        <translation>运行 %1 中没有任务 %2</translation>
    </message>
    <message>
        <source>%1 is not installed on this workstation; install it, or run container tasks as processes</source>
        <translation>本工作站未安装 %1；请安装它，或将容器任务作为进程运行</translation>
    </message>
    <message>
        <source>stopped before it started</source>
        <translation>在开始前已停止</translation>
    </message>
    <message>
        <source>run %1 ran its tasks with %2, which is not installed any more</source>
        <translation>运行 %1 的任务使用 %2 运行，但它已不再安装</translation>
    </message>
    <message>
        <source>runs %1 use artifacts of run %2 (reused from the cache); delete them first</source>
        <translation>运行 %1 使用了运行 %2 的工件（从缓存复用）；请先删除它们</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalExperimentService</name>
    <message>
        <source>give the experiment a name</source>
        <translation>请为实验命名</translation>
    </message>
    <message>
        <source>an experiment name has at most 128 characters</source>
        <translation>实验名称最多 128 个字符</translation>
    </message>
    <message>
        <source>an experiment named %1 exists already</source>
        <translation>名为 %1 的实验已存在</translation>
    </message>
    <message>
        <source>cannot add experiment %1: %2</source>
        <translation>无法添加实验 %1：%2</translation>
    </message>
    <message>
        <source>the Default experiment is where runs go when no experiment is chosen; it cannot be deleted</source>
        <translation>未选择实验时运行会归入 Default 实验；它不能被删除</translation>
    </message>
    <message>
        <source>experiment %1 does not exist</source>
        <translation>实验 %1 不存在</translation>
    </message>
    <message>
        <source>experiment %1 still has %2 runs; delete them first</source>
        <translation>实验 %1 仍有 %2 个运行；请先删除它们</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalJupyterService</name>
    <message>
        <source>Jupyter is not installed on this computer. Install JupyterLab (pipx install jupyterlab, or pip install --user jupyterlab), or the classic notebook from your distribution (sudo apt install jupyter-notebook), then start again.</source>
        <translation>此计算机上未安装 Jupyter。请安装 JupyterLab（pipx install jupyterlab 或 pip install --user jupyterlab），或从发行版安装经典笔记本（sudo apt install jupyter-notebook），然后重新启动。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>No local port is free for Jupyter.</source>
        <translation>没有可供 Jupyter 使用的本地端口。</translation>
    </message>
    <message>
        <source>Jupyter could not be started: %1</source>
        <translation>无法启动 Jupyter：%1</translation>
    </message>
    <message>
        <source>Jupyter stopped before it was ready:
%1</source>
        <translation>Jupyter 在就绪前已停止：
%1</translation>
    </message>
    <message>
        <source>Jupyter did not start within a minute:
%1</source>
        <translation>Jupyter 在一分钟内未能启动：
%1</translation>
    </message>
    <message>
        <source>Stopped before it was ready.</source>
        <translation>在就绪前已停止。</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalPipelineService</name>
    <message>
        <source>pipeline %1 does not exist</source>
        <translation>流水线 %1 不存在</translation>
    </message>
    <message>
        <source>a pipeline named %1 exists already; upload the file as a new version of it, or give it another name</source>
        <translation>名为 %1 的流水线已存在；请将文件作为其新版本上传，或换一个名称</translation>
    </message>
    <message>
        <source>cannot add pipeline %1: %2</source>
        <translation>无法添加流水线 %1：%2</translation>
    </message>
    <message>
        <source>%1 has a version named %2 already; choose another name</source>
        <translation>%1 已有名为 %2 的版本；请换一个名称</translation>
    </message>
    <message>
        <source>pipeline version %1 does not exist</source>
        <translation>流水线版本 %1 不存在</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalRecurringRunService</name>
    <message>
        <source>give the recurring run a name</source>
        <translation>请为周期运行命名</translation>
    </message>
    <message>
        <source>a recurring run needs a pipeline version; upload the pipeline to this backend first</source>
        <translation>周期运行需要流水线版本；请先将流水线上传到此后端</translation>
    </message>
    <message>
        <source>cannot add recurring run %1: %2</source>
        <translation>无法添加周期运行 %1：%2</translation>
    </message>
    <message>
        <source>recurring run %1 does not exist</source>
        <translation>周期运行 %1 不存在</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalRunService</name>
    <message>
        <source>run %1 does not exist</source>
        <translation>运行 %1 不存在</translation>
    </message>
    <message>
        <source>the artifact %1 is no longer on disk (%2)</source>
        <translation>工件 %1 已不在磁盘上（%2）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1; check that the folder is writable and the disk has room</source>
        <translation>无法写入 %1；请检查文件夹是否可写以及磁盘是否有空间</translation>
    </message>
    <message>
        <source>the page token &apos;%1&apos; does not come from this backend; list again from the first page</source>
        <translation>页面令牌“%1”不是来自此后端；请从第一页重新列出</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalRunner</name>
    <message>
        <source>the pipeline has no parameter &apos;%1&apos;</source>
        <translation>流水线没有参数“%1”</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be %2, not %3</source>
        <translation>参数“%1”必须是 %2，而不是%3</translation>
    </message>
    <message>
        <source>the pipeline needs a value for parameter &apos;%1&apos;</source>
        <translation>流水线需要参数“%1”的值</translation>
    </message>
    <message>
        <source>unsupported selector %1</source>
        <translation>不支持的选择器 %1</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>运行已取消</translation>
    </message>
    <message>
        <source>not run: an upstream task failed</source>
        <translation>未运行：有上游任务失败</translation>
    </message>
    <message>
        <source>not run: an input comes from a task that did not produce it</source>
        <translation>未运行：某个输入来自未产生该输出的任务</translation>
    </message>
    <message>
        <source>the condition &apos;%1&apos; failed: %2</source>
        <translation>条件“%1”求值失败：%2</translation>
    </message>
    <message>
        <source>condition is false</source>
        <translation>条件为假</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is missing</source>
        <translation>缺少组件“%1”</translation>
    </message>
    <message>
        <source>executor &apos;%1&apos; is missing</source>
        <translation>缺少执行器“%1”</translation>
    </message>
    <message>
        <source>this kind of executor does not run on a workstation</source>
        <translation>这种执行器无法在本机上运行</translation>
    </message>
    <message>
        <source>the loop items are not valid JSON: %1</source>
        <translation>循环项不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the loop&apos;s items are not a list</source>
        <translation>循环项不是列表</translation>
    </message>
    <message numerus="yes">
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n 次迭代</numerusform>
        </translation>
    </message>
    <message>
        <source>the importer needs &apos;%1&apos;, which this workstation cannot reach: import a local file (a path or file:// URI) or run the pipeline on a cluster</source>
        <translation>导入器需要“%1”，本机无法访问：请导入本地文件（路径或 file:// URI），或在集群上运行该流水线</translation>
    </message>
    <message>
        <source>the importer&apos;s file %1 does not exist</source>
        <translation>导入器的文件 %1 不存在</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); retrying</source>
        <translation>第 %1 次尝试失败（%2）；正在重试</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; failed: %2</source>
        <translation>任务“%1”失败：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>needs the Python package %1, which could not be installed (is the network reachable?)</source>
        <translation>需要 Python 包 %1，但无法安装（网络是否可用？）</translation>
    </message>
    <message>
        <source>cannot provide %1 &apos;%2&apos; at %3 on this workstation</source>
        <translation>无法在本机的 %3 提供%1“%2”</translation>
    </message>
    <message>
        <source>cannot make %1 stand for the volume claim &apos;%2&apos; on this workstation</source>
        <translation>无法在本机上让 %1 代替卷声明“%2”</translation>
    </message>
    <message>
        <source>Kubernetes options that mean nothing on a workstation are ignored: %1</source>
        <translation>在本机上没有意义的 Kubernetes 选项已被忽略：%1</translation>
    </message>
    <message>
        <source>the task runs the entrypoint of image %1, which needs a container engine or a cluster</source>
        <translation>该任务运行镜像 %1 的入口点，这需要容器引擎或集群</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret </translation>
    </message>
    <message>
        <source>config map</source>
        <translation>ConfigMap </translation>
    </message>
    <message>
        <source>needs the Python package %1, which is not installed here</source>
        <translation>需要 Python 包 %1，但本机没有安装</translation>
    </message>
    <message>
        <source>the component&apos;s code is inside its container image, which needs a container engine or a cluster</source>
        <translation>该组件的代码在其容器镜像中，需要容器引擎或集群</translation>
    </message>
    <message>
        <source>cached: reused the outputs of %1 from run %2</source>
        <translation>已缓存：复用了运行 %2 中 %1 的输出</translation>
    </message>
    <message>
        <source>image %1 via %2</source>
        <translation>镜像 %1，通过 %2</translation>
    </message>
    <message>
        <source>the container engine could not run image %1 (see the task&apos;s log)</source>
        <translation>容器引擎无法运行镜像 %1（见任务日志）</translation>
    </message>
    <message>
        <source>needs %1 &apos;%2&apos;: %3</source>
        <translation>需要%1“%2”：%3</translation>
    </message>
    <message>
        <source>needs secret &apos;%1&apos;, which this workstation does not have; set it with kubeflow-workbench local secret set %1 %2 (the value is asked for and kept in the OS keychain)</source>
        <translation>需要密钥“%1”，本工作站没有；请用 kubeflow-workbench local secret set %1 %2 设置（会询问值并保存在操作系统钥匙串中）</translation>
    </message>
    <message>
        <source>needs config map &apos;%1&apos;, which this workstation does not have; set it with kubeflow-workbench local configmap set %1 %2=VALUE</source>
        <translation>需要配置映射“%1”，本工作站没有；请用 kubeflow-workbench local configmap set %1 %2=值 设置</translation>
    </message>
    <message>
        <source>needs the volume claim &apos;%1&apos; mounted at %2: choose a local folder for it with kubeflow-workbench local volume set %1 FOLDER</source>
        <translation>需要挂载在 %2 的卷声明“%1”：请用 kubeflow-workbench local volume set %1 文件夹 为其选择本地文件夹</translation>
    </message>
    <message>
        <source>the pipeline has no input artifact &apos;%1&apos;</source>
        <translation>流水线没有输入工件“%1”</translation>
    </message>
    <message>
        <source>the pipeline takes the input artifact &apos;%1&apos;: give a local file or folder for it (kubeflow-workbench run FILE --artifact %1=PATH)</source>
        <translation>流水线需要输入工件“%1”：请为其指定本地文件或文件夹（kubeflow-workbench run 文件 --artifact %1=路径）</translation>
    </message>
    <message>
        <source>the input artifact &apos;%1&apos; is %2, which does not exist</source>
        <translation>输入工件“%1”为 %2，但它不存在</translation>
    </message>
    <message>
        <source>needs pip to install the component&apos;s Python packages; install python3-pip</source>
        <translation>需要 pip 来安装组件的 Python 包；请安装 python3-pip</translation>
    </message>
    <message>
        <source>image %1 is not pulled: the command runs on this workstation</source>
        <translation>未拉取镜像 %1：命令在本工作站上运行</translation>
    </message>
</context>
<context>
    <name>kfw::local::LocalWorkstationService</name>
    <message>
        <source>the workbench is closing</source>
        <translation>工作台正在关闭</translation>
    </message>
    <message>
        <source>secret %1 is not set on this workstation</source>
        <translation>本工作站未设置密钥 %1</translation>
    </message>
    <message>
        <source>config map %1 is not set on this workstation</source>
        <translation>本工作站未设置配置映射 %1</translation>
    </message>
    <message>
        <source>give the folder for volume claim %1 as an absolute path</source>
        <translation>请以绝对路径给出卷声明 %1 的文件夹</translation>
    </message>
    <message>
        <source>%1 cannot be created or written; choose a folder you can write to</source>
        <translation>无法创建或写入 %1；请选择一个可写的文件夹</translation>
    </message>
    <message>
        <source>volume claim %1 has no folder on this workstation</source>
        <translation>卷声明 %1 在本工作站上没有文件夹</translation>
    </message>
</context>
<context>
    <name>kfw::local::RunStore</name>
    <message>
        <source>cannot open the run history %1: %2</source>
        <translation>无法打开运行历史 %1：%2</translation>
    </message>
    <message>
        <source>the run history %1 was written by a newer workbench (schema %2); update the workbench</source>
        <translation>运行历史 %1 由更新版本的工作台写入（架构 %2）；请更新工作台</translation>
    </message>
    <message>
        <source>cannot upgrade the run history %1: %2</source>
        <translation>无法升级运行历史 %1：%2</translation>
    </message>
    <message>
        <source>the workbench stopped while this run was running</source>
        <translation>工作台在此运行进行时停止了</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>outputs reused from the cache</source>
        <translation>输出复用自缓存</translation>
    </message>
</context>
<context>
    <name>kfw::local::TaskProcess</name>
    <message>
        <source>the task has no command</source>
        <translation>该任务没有命令</translation>
    </message>
    <message>
        <source>cannot create the working folder %1</source>
        <translation>无法创建工作文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write the log %1: %2</source>
        <translation>无法写入日志 %1：%2</translation>
    </message>
    <message>
        <source>the command &apos;%1&apos; is not on this workstation; install it or run the pipeline on a cluster</source>
        <translation>本机上没有命令“%1”；请安装它，或在集群上运行该流水线</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s)</source>
        <translation>
            <numerusform>%n 秒后超时</numerusform>
        </translation>
    </message>
    <message>
        <source>ended by a signal</source>
        <translation>被信号终止</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>以退出码 %1 结束</translation>
    </message>
    <message>
        <source>could not start &apos;%1&apos;: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
</context>
<context>
    <name>kfw::pipelinespec::Checker</name>
    <message>
        <source>schemaVersion is &apos;%1&apos;; the workbench reads and writes 2.1.0</source>
        <translation>schemaVersion 为“%1”；工作台读写的是 2.1.0</translation>
    </message>
    <message>
        <source>the pipeline has no root component</source>
        <translation>流水线没有根组件</translation>
    </message>
    <message>
        <source>the pipeline has no tasks; add a component to it</source>
        <translation>流水线没有任务；请向其中添加组件</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; has neither a dag nor an executorLabel</source>
        <translation>组件“%1”既没有 dag 也没有 executorLabel</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; names executor &apos;%2&apos;, which deploymentSpec.executors does not define</source>
        <translation>组件“%1”引用了执行器“%2”，但 deploymentSpec.executors 中没有定义它</translation>
    </message>
    <message>
        <source>task name &apos;%1&apos; is not a valid Kubernetes name: use at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>任务名称“%1”不是有效的 Kubernetes 名称：最多使用 63 个小写字母、数字和“-”，并以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no componentRef</source>
        <translation>任务“%1”没有 componentRef</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; uses component &apos;%2&apos;, which the pipeline does not define</source>
        <translation>任务“%1”使用了组件“%2”，但流水线中没有定义它</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; runs after &apos;%2&apos;, which is not a task of the same DAG</source>
        <translation>任务“%1”在“%2”之后运行，但后者不是同一 DAG 中的任务</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; sets input &apos;%2&apos;, which component &apos;%3&apos; does not declare</source>
        <translation>任务“%1”设置了输入“%2”，但组件“%3”没有声明它</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; comes from task &apos;%3&apos;, which is not in the same DAG</source>
        <translation>任务“%2”的输入“%1”来自任务“%3”，但后者不在同一 DAG 中</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; reads output &apos;%3&apos; of task &apos;%4&apos;, which has no such output</source>
        <translation>任务“%2”的输入“%1”读取任务“%4”的输出“%3”，但该任务没有这个输出</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; reads loop item &apos;%3&apos; outside the loop that defines it</source>
        <translation>任务“%2”的输入“%1”在定义循环项“%3”的循环之外读取了它</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; reads &apos;%3&apos;, which is not an input of &apos;%4&apos;</source>
        <translation>任务“%2”的输入“%1”读取“%3”，但它不是“%4”的输入</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; does not set required input &apos;%2&apos;</source>
        <translation>任务“%1”没有设置必需的输入“%2”</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; expects %3 but receives %4</source>
        <translation>任务“%2”的输入“%1”需要 %3，但收到的是 %4</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; of task &apos;%2&apos; expects %3 but the constant is %4</source>
        <translation>任务“%2”的输入“%1”需要 %3，但常量是%4</translation>
    </message>
    <message>
        <source>the condition &apos;%1&apos; cannot be read: %2 at character %3</source>
        <translation>无法解析条件“%1”：第 %3 个字符处%2</translation>
    </message>
    <message>
        <source>the condition reads &apos;%1&apos;, which is not an input of this task</source>
        <translation>条件读取了“%1”，但它不是此任务的输入</translation>
    </message>
    <message>
        <source>tasks depend on each other in a cycle: %1</source>
        <translation>任务之间存在循环依赖：%1</translation>
    </message>
</context>
<context>
    <name>kfw::pipelinespec::ComponentDefinition</name>
    <message>
        <source>the component has no implementation.container</source>
        <translation>该组件没有 implementation.container</translation>
    </message>
    <message>
        <source>the component has no name</source>
        <translation>该组件没有名称</translation>
    </message>
    <message>
        <source>the file has no root DAG to use as a component</source>
        <translation>该文件没有可用作组件的根 DAG</translation>
    </message>
    <message>
        <source>no function &apos;def %1(...)&apos; in the source</source>
        <translation>源代码中没有函数“def %1(...)”</translation>
    </message>
    <message>
        <source>the signature of &apos;%1&apos; is not closed</source>
        <translation>“%1”的函数签名没有闭合</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has artifact type &apos;%2&apos;, which is not a KFP artifact type</source>
        <translation>参数“%1”的制品类型“%2”不是 KFP 制品类型</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no supported type annotation (str, int, float, bool, list, dict, Input[...], Output[...])</source>
        <translation>参数“%1”没有受支持的类型注解（str、int、float、bool、list、dict、Input[...]、Output[...]）</translation>
    </message>
</context>
<context>
    <name>kfw::pipelinespec::PipelineDocument</name>
    <message>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请检查文件是否存在以及你是否有读取权限。</translation>
    </message>
    <message>
        <source>has no YAML document (it is empty or holds only comments)</source>
        <translation>没有 YAML 文档（文件为空或只有注释）</translation>
    </message>
    <message>
        <source>Open a pipeline compiled by the KFP SDK (kfp.compiler.Compiler().compile(...)).</source>
        <translation>请打开由 KFP SDK 编译的流水线（kfp.compiler.Compiler().compile(...)）。</translation>
    </message>
    <message>
        <source>is %1, not a pipeline (a mapping with pipelineInfo, root and components)</source>
        <translation>是%1，不是流水线（应为包含 pipelineInfo、root 和 components 的映射）</translation>
    </message>
    <message>
        <source>Open a pipeline compiled by the KFP SDK.</source>
        <translation>请打开由 KFP SDK 编译的流水线。</translation>
    </message>
    <message>
        <source>is a KFP v1 pipeline (an Argo Workflow), not a KFP v2 PipelineSpec</source>
        <translation>是 KFP v1 流水线（Argo Workflow），不是 KFP v2 PipelineSpec</translation>
    </message>
    <message>
        <source>Recompile the pipeline with the KFP SDK 2.x (kfp&gt;=2.0) to get a PipelineSpec; v1 pipelines run only on KFP v1 clusters.</source>
        <translation>请用 KFP SDK 2.x（kfp&gt;=2.0）重新编译流水线以得到 PipelineSpec；v1 流水线只能在 KFP v1 集群上运行。</translation>
    </message>
    <message>
        <source>is a KFP v1 component without a container implementation</source>
        <translation>是没有容器实现的 KFP v1 组件</translation>
    </message>
    <message>
        <source>Only container components (implementation: container: ...) can be imported.</source>
        <translation>只能导入容器组件（implementation: container: ...）。</translation>
    </message>
    <message>
        <source>has an unknown top-level field &apos;%1&apos;</source>
        <translation>包含未知的顶层字段“%1”</translation>
    </message>
    <message>
        <source>A PipelineSpec has only these fields: %1.</source>
        <translation>PipelineSpec 只有这些字段：%1。</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;? A PipelineSpec has only these fields: %2.</source>
        <translation>你是想写“%1”吗？PipelineSpec 只有这些字段：%2。</translation>
    </message>
    <message>
        <source>has no &apos;%1&apos; field</source>
        <translation>缺少“%1”字段</translation>
    </message>
    <message>
        <source>A compiled pipeline has pipelineInfo, root, components and deploymentSpec; the file may be cut short or not a pipeline.</source>
        <translation>编译后的流水线包含 pipelineInfo、root、components 和 deploymentSpec；该文件可能被截断或不是流水线。</translation>
    </message>
    <message>
        <source>has an empty pipeline name (pipelineInfo.name)</source>
        <translation>流水线名称（pipelineInfo.name）为空</translation>
    </message>
    <message>
        <source>Give the pipeline a name: @dsl.pipeline(name=&apos;my-pipeline&apos;) in the SDK, or set pipelineInfo.name.</source>
        <translation>请为流水线命名：在 SDK 中使用 @dsl.pipeline(name=&apos;my-pipeline&apos;)，或设置 pipelineInfo.name。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, not a mapping</source>
        <translation>字段“%1”是%2，不是映射</translation>
    </message>
    <message>
        <source>The file is not a valid PipelineSpec; recompile it with the KFP SDK.</source>
        <translation>该文件不是有效的 PipelineSpec；请用 KFP SDK 重新编译。</translation>
    </message>
</context>
<context>
    <name>kfw::pipelinespec::PipelineEditor</name>
    <message>
        <source>there is no component &apos;%1&apos;</source>
        <translation>没有组件“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DAG of this pipeline</source>
        <translation>“%1”不是此流水线中的 DAG</translation>
    </message>
    <message>
        <source>no such task</source>
        <translation>没有这个任务</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid task name: use lower-case letters, digits and &apos;-&apos; (for example &apos;%2&apos;)</source>
        <translation>“%1”不是有效的任务名称：请使用小写字母、数字和“-”（例如“%2”）</translation>
    </message>
    <message>
        <source>there is already a task named &apos;%1&apos; here</source>
        <translation>这里已有名为“%1”的任务</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation>组件“%1”没有输入“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an artifact input; connect it to an upstream output or an importer</source>
        <translation>“%1”是制品输入；请将其连接到上游输出或导入器</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2, not %3</source>
        <translation>“%1”需要 %2，而不是%3</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no output &apos;%2&apos;</source>
        <translation>任务“%1”没有输出“%2”</translation>
    </message>
    <message>
        <source>the pipeline has no input &apos;%1&apos;</source>
        <translation>流水线没有输入“%1”</translation>
    </message>
    <message>
        <source>the value comes from a DAG that does not enclose this one; take it from an output of that group instead</source>
        <translation>该值来自不包含此处的 DAG；请改为从该分组的输出获取</translation>
    </message>
    <message>
        <source>a task cannot read its own output</source>
        <translation>任务不能读取自己的输出</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation>任务“%1”没有输入“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an artifact, but &apos;%2&apos; is a parameter</source>
        <translation>“%1”接收制品，但“%2”是参数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a parameter, but &apos;%2&apos; is an artifact</source>
        <translation>“%1”接收参数，但“%2”是制品</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2, but &apos;%3&apos; is %4</source>
        <translation>“%1”接收 %2，但“%3”是 %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already runs after &apos;%2&apos;; connecting them would make a cycle</source>
        <translation>“%1”已在“%2”之后运行；连接它们会形成环</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2, but pipeline input &apos;%3&apos; is %4</source>
        <translation>“%1”接收 %2，但流水线输入“%3”是 %4</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; is not set</source>
        <translation>输入“%1”未设置</translation>
    </message>
    <message>
        <source>&apos;after&apos; links tasks of the same DAG; &apos;%1&apos; and &apos;%2&apos; are in different groups</source>
        <translation>“after”只能连接同一 DAG 中的任务；“%1”和“%2”在不同的分组中</translation>
    </message>
    <message>
        <source>a task cannot run after itself</source>
        <translation>任务不能在自身之后运行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run after &apos;%2&apos;</source>
        <translation>“%1”不在“%2”之后运行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid parameter name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>“%1”不是有效的参数名称（字母、数字和“_”，不能以数字开头）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter type</source>
        <translation>“%1”不是参数类型</translation>
    </message>
    <message>
        <source>the default of &apos;%1&apos; must be %2, not %3</source>
        <translation>“%1”的默认值必须是 %2，而不是%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comparison (use ==, !=, &lt;, &lt;=, &gt;, &gt;=)</source>
        <translation>“%1”不是比较运算符（请使用 ==、!=、&lt;、&lt;=、&gt;、&gt;=）</translation>
    </message>
    <message>
        <source>the condition compares %1 with %2</source>
        <translation>该条件将 %1 与%2进行比较</translation>
    </message>
    <message>
        <source>a ParallelFor needs a non-empty list of items</source>
        <translation>ParallelFor 需要一个非空的项目列表</translation>
    </message>
    <message>
        <source>a ParallelFor iterates over a list; &apos;%1&apos; is %2</source>
        <translation>ParallelFor 只能遍历列表；“%1”是 %2</translation>
    </message>
    <message>
        <source>the loop item is available to tasks directly inside the loop</source>
        <translation>循环项只对直接位于循环内的任务可用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ParallelFor</source>
        <translation>“%1”不是 ParallelFor</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no parameter input &apos;%2&apos;</source>
        <translation>任务“%1”没有参数输入“%2”</translation>
    </message>
    <message>
        <source>retries and back-off must not be negative, and the back-off factor is at least 1</source>
        <translation>重试次数和退避时间不能为负，退避系数至少为 1</translation>
    </message>
    <message>
        <source>only container tasks have resources</source>
        <translation>只有容器任务才有资源设置</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CPU amount (for example 2 or 500m)</source>
        <translation>“%1”不是 CPU 数量（例如 2 或 500m）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory amount (for example 4Gi or 512Mi)</source>
        <translation>“%1”不是内存数量（例如 4Gi 或 512Mi）</translation>
    </message>
    <message>
        <source>name the accelerator type (for example nvidia.com/gpu)</source>
        <translation>请指定加速器类型（例如 nvidia.com/gpu）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name</source>
        <translation>“%1”不是有效的环境变量名称</translation>
    </message>
    <message>
        <source>only container tasks have an environment</source>
        <translation>只有容器任务才有环境变量</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid secret name</source>
        <translation>“%1”不是有效的 Secret 名称</translation>
    </message>
    <message>
        <source>only container tasks take secrets</source>
        <translation>只有容器任务才能使用 Secret</translation>
    </message>
    <message>
        <source>the mount path must be absolute</source>
        <translation>挂载路径必须是绝对路径</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid config map name</source>
        <translation>“%1”不是有效的 ConfigMap 名称</translation>
    </message>
    <message>
        <source>only container tasks take config maps</source>
        <translation>只有容器任务才能使用 ConfigMap</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid volume claim name</source>
        <translation>“%1”不是有效的卷声明（PVC）名称</translation>
    </message>
    <message>
        <source>only container tasks mount volumes</source>
        <translation>只有容器任务才能挂载卷</translation>
    </message>
    <message>
        <source>only container tasks have a node selector</source>
        <translation>只有容器任务才有节点选择器</translation>
    </message>
    <message>
        <source>a toleration&apos;s operator is Exists or Equal</source>
        <translation>容忍度的运算符只能是 Exists 或 Equal</translation>
    </message>
    <message>
        <source>a toleration&apos;s effect is NoSchedule, PreferNoSchedule or NoExecute</source>
        <translation>容忍度的效果只能是 NoSchedule、PreferNoSchedule 或 NoExecute</translation>
    </message>
    <message>
        <source>only container tasks have tolerations</source>
        <translation>只有容器任务才有容忍度</translation>
    </message>
    <message>
        <source>only container tasks have pod labels</source>
        <translation>只有容器任务才有 Pod 标签</translation>
    </message>
    <message>
        <source>only container tasks have pod annotations</source>
        <translation>只有容器任务才有 Pod 注解</translation>
    </message>
    <message>
        <source>an If needs at least one condition</source>
        <translation>If 至少需要一个条件</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not inside a group</source>
        <translation>“%1”不在分组中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an If/Elif/Else group</source>
        <translation>“%1”不是 If/Elif/Else 分组</translation>
    </message>
    <message>
        <source>a OneOf output takes one value from each of at least two branches</source>
        <translation>OneOf 输出需要从至少两个分支中各取一个值</translation>
    </message>
    <message>
        <source>each value must come from a task directly inside one branch of &apos;%1&apos;</source>
        <translation>每个值都必须来自直接位于“%1”某个分支内的任务</translation>
    </message>
    <message>
        <source>two values come from the same branch</source>
        <translation>有两个值来自同一个分支</translation>
    </message>
    <message>
        <source>the branches give values of different types (%1 and %2)</source>
        <translation>各分支给出的值类型不同（%1 和 %2）</translation>
    </message>
</context>
<context>
    <name>kfw::ui::ActivityIndicator</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1（另有 %n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfw::ui::CommandPalette</name>
    <message>
        <source>Type a command or a page name…</source>
        <translation>输入命令或页面名称…</translation>
    </message>
</context>
<context>
    <name>kfw::ui::DocumentRouter</name>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>文件 %1 不存在。请检查路径后重试。</translation>
    </message>
    <message>
        <source>No page of this build opens files like %1.</source>
        <translation>此版本中没有页面能打开 %1 这类文件。</translation>
    </message>
    <message>
        <source>%1 is not a file the workbench opens. Open one of: %2.</source>
        <translation>工作台无法打开 %1。请打开以下类型之一：%2。</translation>
    </message>
</context>
<context>
    <name>kfw::ui::GatewayLoginDialog</name>
    <message>
        <source>Log in to Kubeflow at %1</source>
        <translation>登录 %1 上的 Kubeflow</translation>
    </message>
    <message>
        <source>Log in as you do in the browser; check that the address below is your Kubeflow&apos;s or your organisation&apos;s login before you type a password. The window closes by itself once Kubeflow has let you in; the session is kept in the system keychain.</source>
        <translation>像在浏览器中一样登录；输入密码前请确认下方地址是你的 Kubeflow 或你所在组织的登录页面。Kubeflow 允许你登录后窗口会自动关闭；会话保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>kfw::ui::KfpAccessDialog</name>
    <message>
        <source>Through the Kubernetes API server (service proxy)</source>
        <translation>通过 Kubernetes API 服务器（服务代理）</translation>
    </message>
    <message>
        <source>Through the Kubeflow gateway</source>
        <translation>通过 Kubeflow 网关</translation>
    </message>
    <message>
        <source>Direct URL (port-forward, development)</source>
        <translation>直连 URL（端口转发、开发）</translation>
    </message>
    <message>
        <source>Log in with the browser window</source>
        <translation>在浏览器窗口中登录</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>Send the kubeflow-userid header</source>
        <translation>发送 kubeflow-userid 请求头</translation>
    </message>
    <message>
        <source>Pipelines connection of %1</source>
        <translation>%1 的流水线连接</translation>
    </message>
    <message>
        <source>https://kubeflow.example.com</source>
        <translation>https://kubeflow.example.com</translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation>user@example.com</translation>
    </message>
    <message>
        <source>Unsafe outside development: KFP trusts this header as the user&apos;s identity, so anyone who reaches the URL can act as anyone.</source>
        <translation>开发环境之外不安全：KFP 把此请求头当作用户身份，因此任何能访问该 URL 的人都可以冒充任何人。</translation>
    </message>
    <message>
        <source>No setup: the kubeconfig&apos;s credentials, for users who may use the kubeflow namespace&apos;s service proxy.</source>
        <translation>无需设置：使用 kubeconfig 的凭据，适用于有权使用 kubeflow 命名空间服务代理的用户。</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Gateway login</source>
        <translation>网关登录</translation>
    </message>
    <message>
        <source>Direct URL identity</source>
        <translation>直连 URL 身份</translation>
    </message>
    <message>
        <source>OIDC id token or ServiceAccount token</source>
        <translation>OIDC ID token 或 ServiceAccount token</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>保存在系统密钥环中，绝不写入文件。</translation>
    </message>
</context>
<context>
    <name>kfw::ui::MainWindow</name>
    <message>
        <source>Kubeflow Workbench</source>
        <translation>Kubeflow 工作台</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>命令面板…</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Theme: follow the system</source>
        <translation>主题：跟随系统</translation>
    </message>
    <message>
        <source>Theme: light</source>
        <translation>主题：浅色</translation>
    </message>
    <message>
        <source>Theme: dark</source>
        <translation>主题：深色</translation>
    </message>
    <message>
        <source>Switch between light and dark theme</source>
        <translation>在浅色和深色主题之间切换</translation>
    </message>
    <message>
        <source>Workbench documentation</source>
        <translation>工作台文档</translation>
    </message>
    <message>
        <source>Kubeflow documentation</source>
        <translation>Kubeflow 文档</translation>
    </message>
    <message>
        <source>About Kubeflow Workbench</source>
        <translation>关于 Kubeflow 工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kubeflow Workbench %1&lt;/h3&gt;&lt;p&gt;A native desktop workbench for Kubeflow: author pipelines, run them on this workstation or on a Kubeflow cluster, and compare the results.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kubeflow 工作台 %1&lt;/h3&gt;&lt;p&gt;Kubeflow 的原生桌面工作台：编写流水线，在本机或 Kubeflow 集群上运行，并比较结果。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Top bar</source>
        <translation>顶栏</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Search commands  %1</source>
        <translation>搜索命令  %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>No backend</source>
        <translation>没有后端</translation>
    </message>
    <message>
        <source>Backend: %1
%2</source>
        <translation>后端：%1
%2</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>后端：%1</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>通知：%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Namespace of the cluster pages</source>
        <translation>集群页面使用的命名空间</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>approval needed</source>
        <translation>需要批准</translation>
    </message>
    <message>
        <source>kubeconfig error</source>
        <translation>kubeconfig 错误</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Backend: %1 — %2</source>
        <translation>后端：%1 — %2</translation>
    </message>
    <message>
        <source>Kubernetes contexts</source>
        <translation>Kubernetes 上下文</translation>
    </message>
    <message>
        <source>Reading kubeconfig…</source>
        <translation>正在读取 kubeconfig…</translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used</source>
        <translation>无法使用该 kubeconfig</translation>
    </message>
    <message>
        <source>No contexts in the kubeconfig</source>
        <translation>kubeconfig 中没有上下文</translation>
    </message>
    <message>
        <source>%1 (current context)</source>
        <translation>%1（当前上下文）</translation>
    </message>
    <message>
        <source>You may not list namespaces on this cluster; type the one you work in.</source>
        <translation>你无权列出此集群上的命名空间；请输入你要使用的命名空间。</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>%1 is not verified</source>
        <translation>%1 未经验证</translation>
    </message>
    <message>
        <source>Run a credential plugin?</source>
        <translation>要运行凭据插件吗？</translation>
    </message>
    <message>
        <source>Connecting to %1 runs a program from your kubeconfig.</source>
        <translation>连接到 %1 需要运行 kubeconfig 中的一个程序。</translation>
    </message>
    <message>
        <source>

Approve only if you trust this kubeconfig. The approval is remembered for this command, its arguments and environment.</source>
        <translation>

请仅在信任此 kubeconfig 时批准。这次批准会针对此命令及其参数和环境变量被记住。</translation>
    </message>
    <message>
        <source>Approve and connect</source>
        <translation>批准并连接</translation>
    </message>
    <message>
        <source>Pipelines on %1</source>
        <translation>%1 上的流水线</translation>
    </message>
    <message>
        <source>Pipelines connection…</source>
        <translation>流水线连接…</translation>
    </message>
    <message>
        <source>The token is kept until the workbench closes</source>
        <translation>token 将保留到工作台关闭为止</translation>
    </message>
    <message>
        <source>Kubeflow</source>
        <translation>Kubeflow</translation>
    </message>
</context>
<context>
    <name>kfw::ui::NotificationsPanel</name>
    <message>
        <source>No notifications. Errors, warnings and finished background work appear here.</source>
        <translation>没有通知。错误、警告和已完成的后台任务会显示在这里。</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
</context>
<context>
    <name>kfw::ui::ProfileSwitcher</name>
    <message>
        <source>the kubeconfig&apos;s user, as the API server reports it</source>
        <translation>kubeconfig 的用户（由 API 服务器报告）</translation>
    </message>
    <message>
        <source>the token used at the Kubeflow gateway</source>
        <translation>在 Kubeflow 网关使用的令牌</translation>
    </message>
    <message>
        <source>your session at the Kubeflow gateway</source>
        <translation>你在 Kubeflow 网关的会话</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>%1 (cluster admin)</source>
        <translation>%1（集群管理员）</translation>
    </message>
    <message>
        <source>Signed in as %1, from %2.</source>
        <translation>以 %1 身份登录，来自%2。</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>组：%1</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>声明 %1：%2</translation>
    </message>
    <message>
        <source>Your profiles cannot be listed: %1</source>
        <translation>无法列出你的配置文件：%1</translation>
    </message>
    <message>
        <source>Profile; your role: %1</source>
        <translation>配置文件；你的角色：%1</translation>
    </message>
    <message>
        <source>Profile (namespace) of the cluster pages</source>
        <translation>集群页面所用的配置文件（命名空间）</translation>
    </message>
    <message>
        <source>You have no profile on this cluster yet; create one on the Profiles page.</source>
        <translation>你在此集群上还没有配置文件；请在“配置文件”页面创建一个。</translation>
    </message>
</context>
<context>
    <name>kfw::views::ArtifactView</name>
    <message>
        <source>The artifact is an empty folder.</source>
        <translation>该制品是一个空文件夹。</translation>
    </message>
    <message>
        <source>Select an artifact to see it.</source>
        <translation>选择一个制品以查看。</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>True positive rate (recall)</source>
        <translation>真阳性率（召回率）</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC 曲线</translation>
    </message>
    <message>
        <source>%1 holds no confusion matrix and no ROC curve.</source>
        <translation>%1 不含混淆矩阵，也不含 ROC 曲线。</translation>
    </message>
    <message>
        <source>The backend is gone; select the run again.</source>
        <translation>后端已不可用；请重新选择该运行。</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>There is no viewer for %1 (%2); save the artifact to open it with another program.</source>
        <translation>没有适用于 %1（%2）的查看器；请保存该制品并用其他程序打开。</translation>
    </message>
</context>
<context>
    <name>kfw::views::ConfusionMatrixWidget</name>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation>真实 %1，预测 %2：%3</translation>
    </message>
</context>
<context>
    <name>kfw::views::DeleteProfileDialog</name>
    <message>
        <source>Delete profile %1</source>
        <translation>删除配置文件 %1</translation>
    </message>
    <message>
        <source>Deleting the profile &lt;b&gt;%1&lt;/b&gt; deletes its namespace and everything in it: notebooks, volumes, secrets, pipeline runs&apos; pods and the contributors&apos; access. This cannot be undone.&lt;br&gt;&lt;br&gt;Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>删除配置文件 &lt;b&gt;%1&lt;/b&gt; 会删除其命名空间及其中的一切：笔记本、卷、密钥、流水线运行的 Pod 以及贡献者的访问权限。此操作无法撤销。&lt;br&gt;&lt;br&gt;输入 &lt;b&gt;%1&lt;/b&gt; 以确认。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>kfw::views::ExperimentListModel</name>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>kfw::views::ExperimentsDialog</name>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Move the experiment and its runs to the archive</source>
        <translation>将实验及其运行移入归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring the experiment back from the archive (its runs stay archived)</source>
        <translation>将实验从归档中恢复（其运行仍保持归档）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the experiment; only one without runs can be deleted</source>
        <translation>删除实验；只能删除没有运行的实验</translation>
    </message>
    <message>
        <source>New experiment&apos;s name</source>
        <translation>新实验的名称</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>描述（可选）</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>This backend keeps no experiments.</source>
        <translation>此后端不保存实验。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>已归档 %1。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Filter experiments by name</source>
        <translation>按名称筛选实验</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Show archived experiments instead of active ones</source>
        <translation>显示已归档的实验，而不是活动的实验</translation>
    </message>
</context>
<context>
    <name>kfw::views::NotebookBrowser</name>
    <message>
        <source>Notebooks</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the notebook&apos;s page again (F5)</source>
        <translation>重新加载笔记本页面（F5）</translation>
    </message>
    <message>
        <source>Open in System Browser</source>
        <translation>在系统浏览器中打开</translation>
    </message>
    <message>
        <source>Open this notebook in your web browser (it asks you to log in to the gateway there)</source>
        <translation>在网页浏览器中打开此笔记本（浏览器会要求你登录网关）</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>kfw::views::NotebookListModel</name>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1（上限 %2）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>kfw::views::NotebooksPage</name>
    <message>
        <source>Notebooks</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notebook servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;笔记本服务器&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Notebook…</source>
        <translation>新建笔记本…</translation>
    </message>
    <message>
        <source>Launch a notebook server from the cluster&apos;s spawner form (Ctrl+Alt+N)</source>
        <translation>通过集群的启动器表单启动笔记本服务器（Ctrl+Alt+N）</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Open the selected notebook in the app (Ctrl+Enter)</source>
        <translation>在应用中打开所选笔记本（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop or start the selected notebook; a stopped notebook keeps its volumes (Ctrl+T)</source>
        <translation>停止或启动所选笔记本；停止的笔记本保留其卷（Ctrl+T）</translation>
    </message>
    <message>
        <source>Edit Resources…</source>
        <translation>编辑资源…</translation>
    </message>
    <message>
        <source>Change CPU, memory and GPUs of the selected stopped notebook (Ctrl+E)</source>
        <translation>修改所选已停止笔记本的 CPU、内存和 GPU（Ctrl+E）</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>克隆…</translation>
    </message>
    <message>
        <source>A new notebook with the selected one&apos;s settings (Ctrl+D)</source>
        <translation>用所选笔记本的设置新建笔记本（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete Notebook…</source>
        <translation>删除笔记本…</translation>
    </message>
    <message>
        <source>Delete the selected notebook; its volumes stay (Del)</source>
        <translation>删除所选笔记本；其卷会保留（Del）</translation>
    </message>
    <message>
        <source>Refresh Notebooks</source>
        <translation>刷新笔记本</translation>
    </message>
    <message>
        <source>Read the notebooks again (F5)</source>
        <translation>重新读取笔记本（F5）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>No backend is active.</source>
        <translation>没有活动的后端。</translation>
    </message>
    <message>
        <source>Notebook servers run on Kubeflow clusters. Choose a cluster in the backend menu (top left) to launch and open its notebooks.</source>
        <translation>笔记本服务器运行在 Kubeflow 集群上。请在左上角的后端菜单中选择集群，以启动和打开其笔记本。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>%1 has no Kubeflow notebooks (the Notebook resource, kubeflow.org/v1, is not installed).</source>
        <translation>%1 没有 Kubeflow 笔记本（未安装 Notebook 资源 kubeflow.org/v1）。</translation>
    </message>
    <message>
        <source>The notebooks of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的笔记本：%2</translation>
    </message>
    <message>
        <source>No notebook servers in %1 yet: New Notebook (Ctrl+Alt+N) launches one.</source>
        <translation>%1 中还没有笔记本服务器：“新建笔记本”（Ctrl+Alt+N）可启动一个。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Select a notebook.</source>
        <translation>请选择一个笔记本。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1, limit %2</source>
        <translation>%1，上限 %2</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>not reported (culling is off)</source>
        <translation>未报告（未启用闲置回收）</translation>
    </message>
    <message>
        <source>The events cannot be read: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation>（×%1）</translation>
    </message>
    <message>
        <source>Reading the spawner configuration…</source>
        <translation>正在读取启动器配置…</translation>
    </message>
    <message>
        <source>The namespace&apos;s configurations (PodDefaults) cannot be read: %1</source>
        <translation>无法读取命名空间的配置（PodDefault）：%1</translation>
    </message>
    <message>
        <source>Launched %1; it is starting.</source>
        <translation>已启动 %1；正在启动中。</translation>
    </message>
    <message>
        <source>%1 is open in the Notebooks window.</source>
        <translation>%1 已在笔记本窗口中打开。</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>正在停止 %1…</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Stopped %1; its volumes stay.</source>
        <translation>已停止 %1；其卷会保留。</translation>
    </message>
    <message>
        <source>Starting %1.</source>
        <translation>正在启动 %1。</translation>
    </message>
    <message>
        <source>Stop %1 first: changing its resources restarts its server.</source>
        <translation>请先停止 %1：修改资源会重启其服务器。</translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation>%1 的资源</translation>
    </message>
    <message>
        <source>Saving the resources of %1…</source>
        <translation>正在保存 %1 的资源…</translation>
    </message>
    <message>
        <source>%1 will start with the new resources.</source>
        <translation>%1 将以新的资源启动。</translation>
    </message>
    <message>
        <source>Delete Notebook</source>
        <translation>删除笔记本</translation>
    </message>
    <message>
        <source>Delete notebook %1? Its server ends; its volumes stay and can be mounted by another notebook.</source>
        <translation>删除笔记本 %1？其服务器将结束；其卷会保留，可被其他笔记本挂载。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>与 %1 的连接失败：%2</translation>
    </message>
    <message>
        <source>Persistent volume claims of the namespace: workspaces and data volumes of notebooks.</source>
        <translation>命名空间的持久卷声明：笔记本的工作区卷和数据卷。</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <translation>新建卷…</translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <translation>删除卷…</translation>
    </message>
    <message>
        <source>Delete the selected volume and its data (Del); a volume a notebook mounts cannot be deleted</source>
        <translation>删除所选卷及其数据（Del）；被笔记本挂载的卷不能删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>访问模式</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>The volumes cannot be read: %1</source>
        <translation>无法读取卷：%1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>no notebook</source>
        <translation>无笔记本</translation>
    </message>
    <message>
        <source>New Volume in %1</source>
        <translation>在 %1 中新建卷</translation>
    </message>
    <message>
        <source>the cluster&apos;s default class</source>
        <translation>集群的默认存储类</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>大小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Created volume %1.</source>
        <translation>已创建卷 %1。</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Delete volume %1 and the data on it? This cannot be undone.</source>
        <translation>删除卷 %1 及其上的数据？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted volume %1.</source>
        <translation>已删除卷 %1。</translation>
    </message>
    <message>
        <source>Jupyter on this computer: start a Jupyter server in a folder and work in it here. Kubeflow notebook servers are on clusters: choose one in the backend menu (top left).</source>
        <translation>此计算机上的 Jupyter：在文件夹中启动 Jupyter 服务器并在此处使用。Kubeflow 笔记本服务器位于集群上：请在左上角的后端菜单中选择集群。</translation>
    </message>
    <message>
        <source>The folder Jupyter opens (its file browser&apos;s root)</source>
        <translation>Jupyter 打开的文件夹（其文件浏览器的根目录）</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder for Jupyter</source>
        <translation>Jupyter 的文件夹</translation>
    </message>
    <message>
        <source>Start Jupyter</source>
        <translation>启动 Jupyter</translation>
    </message>
    <message>
        <source>Start Jupyter in the folder and open it here (Enter)</source>
        <translation>在该文件夹中启动 Jupyter 并在此处打开（Enter）</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Stop Jupyter</source>
        <translation>停止 Jupyter</translation>
    </message>
    <message>
        <source>Stopping Jupyter in %1.</source>
        <translation>正在停止 %1 中的 Jupyter。</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>本地：%1</translation>
    </message>
    <message>
        <source>Starting Jupyter in %1…</source>
        <translation>正在 %1 中启动 Jupyter…</translation>
    </message>
    <message>
        <source>Jupyter runs in %1 (%2).</source>
        <translation>Jupyter 在 %1 中运行（%2）。</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>在此计算机上</translation>
    </message>
</context>
<context>
    <name>kfw::views::PipelineListModel</name>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>kfw::views::PipelinesPage</name>
    <message>
        <source>Pipelines</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Filter pipelines by name</source>
        <translation>按名称筛选流水线</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>上传…</translation>
    </message>
    <message>
        <source>Add pipeline files: a new pipeline, or a new version of the pipeline of the same name (Ctrl+U; or drop files here)</source>
        <translation>添加流水线文件：作为新流水线，或作为同名流水线的新版本 (Ctrl+U；也可将文件拖放到此处)</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>运行…</translation>
    </message>
    <message>
        <source>Start a run of the selected version (Ctrl+R)</source>
        <translation>运行所选版本 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Open the selected version in the pipeline editor (Ctrl+E)</source>
        <translation>在流水线编辑器中打开所选版本 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Show two selected versions side by side with the differences marked (Ctrl+Shift+C)</source>
        <translation>并排显示所选的两个版本并标出差异 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>删除流水线</translation>
    </message>
    <message>
        <source>Delete the selected pipeline and all its versions (Del)</source>
        <translation>删除所选流水线及其所有版本 (Del)</translation>
    </message>
    <message>
        <source>Delete Versions</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Delete the selected versions (Shift+Del)</source>
        <translation>删除所选版本 (Shift+Del)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Could not list the pipelines</source>
        <translation>无法列出流水线</translation>
    </message>
    <message>
        <source>%1 keeps no pipelines. Use this workstation, or connect to a Kubeflow cluster.</source>
        <translation>%1 不保存流水线。请使用本工作站，或连接到 Kubeflow 集群。</translation>
    </message>
    <message>
        <source>This backend</source>
        <translation>此后端</translation>
    </message>
    <message>
        <source>Could not list the versions</source>
        <translation>无法列出版本</translation>
    </message>
    <message>
        <source>Could not read the version</source>
        <translation>无法读取该版本</translation>
    </message>
    <message>
        <source>Upload Pipelines</source>
        <translation>上传流水线</translation>
    </message>
    <message>
        <source>Pipelines (*.yaml *.yml *.json)</source>
        <translation>流水线 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>正在上传 %1</translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation>无法上传 %1</translation>
    </message>
    <message>
        <source>the backend went away</source>
        <translation>后端已不可用</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not keep the version</source>
        <translation>无法保存该版本</translation>
    </message>
    <message>
        <source>Could not open the version</source>
        <translation>无法打开该版本</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n version(s) of %1? Runs made from them are kept.</source>
        <translation>
            <numerusform>删除 %1 的 %n 个版本？由其创建的运行将保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the pipeline %1 and all its versions? Runs made from them are kept.</source>
        <translation>删除流水线 %1 及其所有版本？由其创建的运行将保留。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>定时运行…</translation>
    </message>
    <message>
        <source>Run the selected version on a schedule: a cron schedule or an interval (Ctrl+Shift+R)</source>
        <translation>按计划运行所选版本：cron 计划或固定间隔 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Recurring Runs</source>
        <translation>定时运行</translation>
    </message>
    <message>
        <source>No pipelines yet. Upload a compiled pipeline (Ctrl+U) or drop pipeline files here; the editor&apos;s Upload (Ctrl+U there) adds them too.</source>
        <translation>还没有流水线。请上传已编译的流水线 (Ctrl+U) 或将流水线文件拖放到此处；编辑器中的上传 (Ctrl+U) 也可添加。</translation>
    </message>
    <message>
        <source>Select a version to see its graph.</source>
        <translation>选择一个版本以查看其图。</translation>
    </message>
</context>
<context>
    <name>kfw::views::ProfileDialog</name>
    <message>
        <source>Plugins (advanced)</source>
        <translation>插件（高级）</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>Also the name of the profile&apos;s namespace.</source>
        <translation>也是该配置文件命名空间的名称。</translation>
    </message>
    <message>
        <source>The user who owns the profile (their email behind the gateway).</source>
        <translation>拥有该配置文件的用户（网关后面的电子邮件）。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Resource quota</source>
        <translation>资源配额</translation>
    </message>
    <message>
        <source>The Profile&apos;s spec.plugins as a JSON list, e.g.
[{&quot;kind&quot;: &quot;WorkloadIdentity&quot;, &quot;spec&quot;: {&quot;gcpServiceAccount&quot;: &quot;me@project.iam.gserviceaccount.com&quot;}}]</source>
        <translation>Profile 的 spec.plugins，以 JSON 列表表示，例如
[{&quot;kind&quot;: &quot;WorkloadIdentity&quot;, &quot;spec&quot;: {&quot;gcpServiceAccount&quot;: &quot;me@project.iam.gserviceaccount.com&quot;}}]</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Owner: enter the user who owns the profile.</source>
        <translation>所有者：请输入拥有该配置文件的用户。</translation>
    </message>
    <message>
        <source>Plugins: not valid JSON (%1 at character %2).</source>
        <translation>插件：不是有效的 JSON（第 %2 个字符处 %1）。</translation>
    </message>
    <message>
        <source>Plugins: write a JSON list of plugins, [ ... ].</source>
        <translation>插件：请写一个插件的 JSON 列表，[ ... ]。</translation>
    </message>
</context>
<context>
    <name>kfw::views::ProfileListModel</name>
    <message>
        <source>No quota</source>
        <translation>无配额</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>%1 (not ready)</source>
        <translation>%1（未就绪）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>你的角色</translation>
    </message>
    <message>
        <source>Quota use</source>
        <translation>配额使用</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>kfw::views::ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation>新建配置文件…</translation>
    </message>
    <message>
        <source>Edit Quota…</source>
        <translation>编辑配额…</translation>
    </message>
    <message>
        <source>Change the resource quota of the selected profile (Ctrl+E)</source>
        <translation>更改所选配置文件的资源配额（Ctrl+E）</translation>
    </message>
    <message>
        <source>Delete Profile…</source>
        <translation>删除配置文件…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its namespace (Del)</source>
        <translation>删除所选配置文件及其命名空间（Del）</translation>
    </message>
    <message>
        <source>Refresh Profiles</source>
        <translation>刷新配置文件</translation>
    </message>
    <message>
        <source>Read the profiles again (F5)</source>
        <translation>重新读取配置文件（F5）</translation>
    </message>
    <message>
        <source>You have no profile on this cluster yet. A profile gives you a namespace of your own for notebooks, pipelines and experiments, which you can share with others.</source>
        <translation>你在此集群上还没有配置文件。配置文件为你提供一个自己的命名空间，用于笔记本、流水线和实验，并可与他人共享。</translation>
    </message>
    <message>
        <source>Create Your Profile…</source>
        <translation>创建你的配置文件…</translation>
    </message>
    <message>
        <source>Quota use</source>
        <translation>配额使用</translation>
    </message>
    <message>
        <source>Owner and contributors</source>
        <translation>所有者和贡献者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>User to add, e.g. ana@example.com</source>
        <translation>要添加的用户，例如 ana@example.com</translation>
    </message>
    <message>
        <source>Use and change everything in the namespace</source>
        <translation>使用并更改命名空间中的一切</translation>
    </message>
    <message>
        <source>Read everything in the namespace, change nothing</source>
        <translation>读取命名空间中的一切，不做任何更改</translation>
    </message>
    <message>
        <source>Edit, and also manage who may use the namespace</source>
        <translation>编辑，并管理谁可以使用该命名空间</translation>
    </message>
    <message>
        <source>The role to give: Edit, View or Admin</source>
        <translation>要授予的角色：编辑、查看或管理员</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Give the user this role in the profile (Enter)</source>
        <translation>在配置文件中授予该用户此角色（Enter）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the selected contributor&apos;s access away</source>
        <translation>收回所选贡献者的访问权限</translation>
    </message>
    <message>
        <source>No backend is active.</source>
        <translation>没有活动的后端。</translation>
    </message>
    <message>
        <source>Profiles belong to Kubeflow clusters: a profile is a namespace on a cluster with its owner, contributors and resource quota. The local workstation has none. Choose a cluster in the backend menu (top left) to manage its profiles.</source>
        <translation>配置文件属于 Kubeflow 集群：配置文件是集群上的一个命名空间，带有所有者、贡献者和资源配额。本地工作站没有配置文件。请在后端菜单（左上角）中选择一个集群来管理其配置文件。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>%1 has no Kubeflow profiles (the Profile resource, kubeflow.org/v1, is not installed).</source>
        <translation>%1 没有 Kubeflow 配置文件（未安装 Profile 资源 kubeflow.org/v1）。</translation>
    </message>
    <message>
        <source>Finding out who you are…</source>
        <translation>正在确认你的身份…</translation>
    </message>
    <message>
        <source>Reading the profiles of %1…</source>
        <translation>正在读取 %1 的配置文件…</translation>
    </message>
    <message>
        <source>Who you are is not known: %1</source>
        <translation>无法确定你的身份：%1</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; — cluster administrator: all profiles are shown.</source>
        <translation>以 &lt;b&gt;%1&lt;/b&gt; 身份登录 — 集群管理员：显示所有配置文件。</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>以 &lt;b&gt;%1&lt;/b&gt; 身份登录。</translation>
    </message>
    <message>
        <source>The profiles cannot be read: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <source>Select a profile.</source>
        <translation>请选择一个配置文件。</translation>
    </message>
    <message>
        <source>none (you administer the cluster)</source>
        <translation>无（你管理该集群）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Owner: %2 · Your role: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;所有者：%2 · 你的角色：%3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No quota: the namespace may use what the cluster has.</source>
        <translation>无配额：该命名空间可以使用集群拥有的资源。</translation>
    </message>
    <message>
        <source>limit %1 (use not visible to you)</source>
        <translation>上限 %1（你看不到使用量）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>Profile %1 created; its namespace is being set up.</source>
        <translation>已创建配置文件 %1；正在设置其命名空间。</translation>
    </message>
    <message>
        <source>Changing the quota of %1…</source>
        <translation>正在更改 %1 的配额…</translation>
    </message>
    <message>
        <source>The quota of %1 was changed.</source>
        <translation>%1 的配额已更改。</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Profile %1 deleted.</source>
        <translation>已删除配置文件 %1。</translation>
    </message>
    <message>
        <source>Adding %1 to %2…</source>
        <translation>正在将 %1 添加到 %2…</translation>
    </message>
    <message>
        <source>%1 may now use %2 (%3).</source>
        <translation>%1 现在可以使用 %2（%3）。</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>正在从 %2 移除 %1…</translation>
    </message>
    <message>
        <source>%1 no longer has access to %2.</source>
        <translation>%1 不再能访问 %2。</translation>
    </message>
    <message>
        <source>Create a profile: a namespace with an owner, contributors and a quota (Ctrl+Alt+N)</source>
        <translation>创建配置文件：带有所有者、贡献者和配额的命名空间（Ctrl+Alt+N）</translation>
    </message>
</context>
<context>
    <name>kfw::views::QuotaDialog</name>
    <message>
        <source>Quota of %1</source>
        <translation>%1 的配额</translation>
    </message>
    <message>
        <source>What the namespace %1 may use in all. Leave a field empty for no limit.</source>
        <translation>命名空间 %1 总共可以使用的资源。字段留空表示不限制。</translation>
    </message>
</context>
<context>
    <name>kfw::views::QuotaForm</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>cores, e.g. 8 or 500m</source>
        <translation>核数，例如 8 或 500m</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>bytes, e.g. 32Gi</source>
        <translation>字节，例如 32Gi</translation>
    </message>
    <message>
        <source>NVIDIA GPUs</source>
        <translation>NVIDIA GPU</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>例如 2</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>all volume claims together, e.g. 500Gi</source>
        <translation>所有卷声明合计，例如 500Gi</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod 数</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>例如 50</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>no limit — %1</source>
        <translation>不限制 — %1</translation>
    </message>
    <message>
        <source>Quota resource %1. Leave empty for no limit.</source>
        <translation>配额资源 %1。留空表示不限制。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>kfw::views::RecurringRunDialog</name>
    <message>
        <source>Schedule %1</source>
        <translation>定时运行 %1</translation>
    </message>
    <message>
        <source>%1 (scheduled)</source>
        <translation>%1（定时）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>Cron schedule</source>
        <translation>Cron 计划</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行方式</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Six fields with seconds, as Kubeflow Pipelines takes them: second minute hour day-of-month month day-of-week</source>
        <translation>含秒的六个字段（与 Kubeflow Pipelines 相同）：秒 分 时 日 月 星期</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Runs at once, at most</source>
        <translation>最多同时运行数</translation>
    </message>
    <message>
        <source>Catch up on fires missed while nothing ran them</source>
        <translation>补运行无人执行时错过的触发</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>End at</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Give the recurring run a name.</source>
        <translation>请为定时运行命名。</translation>
    </message>
</context>
<context>
    <name>kfw::views::RecurringRunsPanel</name>
    <message>
        <source>Recurring run</source>
        <translation>定时运行</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>同时</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>上次触发</translation>
    </message>
    <message>
        <source>Tick or untick a recurring run to turn it on or off</source>
        <translation>勾选或取消勾选以开启或关闭定时运行</translation>
    </message>
    <message>
        <source>Delete Recurring Run</source>
        <translation>删除定时运行</translation>
    </message>
    <message>
        <source>Could not turn the recurring run on or off</source>
        <translation>无法开启或关闭该定时运行</translation>
    </message>
    <message>
        <source>This backend runs no recurring runs.</source>
        <translation>此后端不支持定时运行。</translation>
    </message>
    <message>
        <source>Could not list the recurring runs</source>
        <translation>无法列出定时运行</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <source>cron %1</source>
        <translation>cron %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未触发</translation>
    </message>
    <message>
        <source>Cannot schedule</source>
        <translation>无法设置定时</translation>
    </message>
    <message>
        <source>Could not schedule the runs</source>
        <translation>无法设置定时运行</translation>
    </message>
    <message>
        <source>Delete the recurring run %1? The runs it started are kept.</source>
        <translation>删除定时运行 %1？它启动的运行将保留。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not delete the recurring run</source>
        <translation>无法删除该定时运行</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>流水线</translation>
    </message>
</context>
<context>
    <name>kfw::views::ResourceFields</name>
    <message>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Set by the cluster&apos;s administrator</source>
        <translation>由集群管理员设定</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>CPU cores to reserve, e.g. 0.5 or 2</source>
        <translation>要预留的 CPU 核数，例如 0.5 或 2</translation>
    </message>
    <message>
        <source>Memory to reserve, e.g. 1Gi or 512Mi</source>
        <translation>要预留的内存，例如 1Gi 或 512Mi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>kfw::views::RunCompareView</name>
    <message>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation>正在读取运行…</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <source>Hide the parameters that are the same in every run</source>
        <translation>隐藏在所有运行中相同的参数</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>The best value of each metric is marked (lowest for losses and errors, highest otherwise).</source>
        <translation>每个指标的最佳值已标出（损失和误差取最低，其余取最高）。</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Metric Bars</source>
        <translation>指标柱状图</translation>
    </message>
    <message>
        <source>ROC Curves</source>
        <translation>ROC 曲线</translation>
    </message>
    <message>
        <source>Parallel Coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <source>Confusion Matrices</source>
        <translation>混淆矩阵</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n Runs</source>
        <translation>
            <numerusform>比较 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs; %2 of %3 parameters differ; %4 metrics.</source>
        <translation>%1 个运行；%3 个参数中有 %2 个不同；%4 个指标。</translation>
    </message>
    <message>
        <source>%1: lower is better</source>
        <translation>%1：越低越好</translation>
    </message>
    <message>
        <source>%1: higher is better</source>
        <translation>%1：越高越好</translation>
    </message>
    <message>
        <source>The best %1 of these runs</source>
        <translation>这些运行中最佳的 %1</translation>
    </message>
    <message>
        <source>Metrics by run</source>
        <translation>各运行的指标</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>ROC 曲线</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <source>Parameters and metrics, each scaled to its range</source>
        <translation>参数与指标，各自按其范围缩放</translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>Export Parameters</source>
        <translation>导出参数</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kfw::views::RunLauncher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a component, not a pipeline; add it to a pipeline to run it.</source>
        <translation>%1 是组件，不是流水线；请将其加入流水线后再运行。</translation>
    </message>
    <message>
        <source>The pipeline has errors; fix them before running it:
%1</source>
        <translation>流水线有错误；请修正后再运行：
%1</translation>
    </message>
    <message>
        <source>a whole number, such as 10</source>
        <translation>整数，例如 10</translation>
    </message>
    <message>
        <source>a number, such as 0.01</source>
        <translation>数字，例如 0.01</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a JSON list, such as [1, 2, 3]</source>
        <translation>JSON 列表，例如 [1, 2, 3]</translation>
    </message>
    <message>
        <source>a JSON object, such as {&quot;key&quot;: &quot;value&quot;}</source>
        <translation>JSON 对象，例如 {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>JSON list</source>
        <translation>JSON 列表</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the form (Esc)</source>
        <translation>关闭表单（Esc）</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>实验：</translation>
    </message>
    <message>
        <source>The experiment to file the run under; type a new name to start one</source>
        <translation>此运行归入的实验；输入新名称即可新建实验</translation>
    </message>
    <message>
        <source>Reuse cached results</source>
        <translation>复用缓存结果</translation>
    </message>
    <message>
        <source>Tasks that ran before with the same inputs take their earlier outputs instead of running again</source>
        <translation>之前以相同输入运行过的任务将直接使用先前的输出，而不再运行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Start the run (Ctrl+Return)</source>
        <translation>开始运行（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation>正在读取 %1 ...</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Run pipeline %1</source>
        <translation>运行流水线 %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>This pipeline takes no parameters.</source>
        <translation>此流水线没有参数。</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>应为%1</translation>
    </message>
    <message>
        <source>Starting the run ...</source>
        <translation>正在开始运行 ...</translation>
    </message>
    <message>
        <source>Starting the run</source>
        <translation>正在开始运行</translation>
    </message>
    <message>
        <source>Started run %1.</source>
        <translation>已开始运行 %1。</translation>
    </message>
    <message>
        <source>Set Up...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <source>Give values for the secrets and config maps and folders for the volume claims the pipeline names</source>
        <translation>为流水线引用的密钥和配置映射提供值，并为卷声明提供文件夹</translation>
    </message>
    <message>
        <source>Container tasks:</source>
        <translation>容器任务：</translation>
    </message>
    <message>
        <source>as processes here</source>
        <translation>作为本机进程</translation>
    </message>
    <message>
        <source>Run each task&apos;s command as a process on this workstation, or in its image with podman or docker</source>
        <translation>将每个任务的命令作为本工作站上的进程运行，或用 podman 或 docker 在其镜像中运行</translation>
    </message>
    <message>
        <source>in their images with %1</source>
        <translation>用 %1 在镜像中运行</translation>
    </message>
    <message>
        <source>Install podman or docker to run tasks in their container images</source>
        <translation>安装 podman 或 docker 以在容器镜像中运行任务</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>config map %1</source>
        <translation>配置映射 %1</translation>
    </message>
    <message>
        <source>volume claim %1</source>
        <translation>卷声明 %1</translation>
    </message>
    <message>
        <source>This pipeline needs %1, which this workstation does not have yet; tasks that use them will fail.</source>
        <translation>此流水线需要 %1，本工作站尚未具备；使用它们的任务将会失败。</translation>
    </message>
    <message>
        <source>Run %1, uploaded as version %2</source>
        <translation>运行 %1（已上传为版本 %2）</translation>
    </message>
    <message>
        <source>labels: team=vision</source>
        <translation>标签：team=vision</translation>
    </message>
    <message>
        <source>Labels to find the run by later (label:team=vision in the runs filter), as key=value separated by commas</source>
        <translation>用于以后查找该运行的标签（在运行筛选中输入 label:team=vision），格式为 key=value，以逗号分隔</translation>
    </message>
    <message>
        <source>Clone of %1</source>
        <translation>%1 的克隆</translation>
    </message>
    <message>
        <source>Reading the pipeline of %1 ...</source>
        <translation>正在读取 %1 的流水线...</translation>
    </message>
    <message>
        <source>Finding the experiment %1 ...</source>
        <translation>正在查找实验 %1...</translation>
    </message>
    <message>
        <source>The backend went away before the run started.</source>
        <translation>运行开始前后端已不可用。</translation>
    </message>
</context>
<context>
    <name>kfw::views::RunListModel</name>
    <message>
        <source>Listing runs</source>
        <translation>正在列出运行</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>%1 is not a number to compare %2 with.</source>
        <translation>%1 不是可与 %2 比较的数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: type key=value, such as team=vision.</source>
        <translation>“%1”不是标签：请输入 key=value，例如 team=vision。</translation>
    </message>
    <message>
        <source>Name the label: label:team=vision.</source>
        <translation>请写出标签名：label:team=vision。</translation>
    </message>
    <message>
        <source>Type a metric bound such as &quot;accuracy &gt;= 0.9&quot;, a parameter value such as &quot;epochs = 20&quot; or a label such as &quot;label:team=vision&quot;.</source>
        <translation>请输入指标界限（如“accuracy &gt;= 0.9”）、参数值（如“epochs = 20”）或标签（如“label:team=vision”）。</translation>
    </message>
    <message>
        <source>One parameter at a time: %1 and %2.</source>
        <translation>一次只能筛选一个参数：%1 和 %2。</translation>
    </message>
    <message>
        <source>One metric at a time: %1 and %2.</source>
        <translation>一次只能筛选一个指标：%1 和 %2。</translation>
    </message>
    <message>
        <source>Runs are not sorted by %1.</source>
        <translation>运行不能按 %1 排序。</translation>
    </message>
    <message>
        <source>This backend does not sort runs by %1: sort by name, status or start time, or compare the runs (Ctrl+Shift+C) to rank them by it.</source>
        <translation>此后端不能按 %1 对运行排序：请按名称、状态或开始时间排序，或比较这些运行（Ctrl+Shift+C）以按它排名。</translation>
    </message>
    <message>
        <source>Run from a pipeline file, not an uploaded version</source>
        <translation>从流水线文件运行，而非已上传的版本</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Metric %1 (the largest of that name when several tasks log it)</source>
        <translation>指标 %1（多个任务记录同名指标时取最大值）</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>kfw::views::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>无法读取 %1；请检查其权限。</translation>
    </message>
    <message>
        <source>Run a Pipeline File...</source>
        <translation>运行流水线文件...</translation>
    </message>
    <message>
        <source>Choose a compiled pipeline (YAML or JSON) and start a run (Ctrl+R)</source>
        <translation>选择编译好的流水线（YAML 或 JSON）并开始运行（Ctrl+R）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Show only runs in this state</source>
        <translation>只显示处于此状态的运行</translation>
    </message>
    <message>
        <source>Filter runs by name</source>
        <translation>按名称筛选运行</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Show archived runs instead of active ones</source>
        <translation>显示已归档的运行，而不是活动的运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the selected run and all its tasks (Ctrl+.)</source>
        <translation>停止所选运行及其所有任务（Ctrl+.）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Run a failed, stopped or interrupted run again; finished tasks are reused (Ctrl+Shift+R)</source>
        <translation>重新运行失败、已停止或已中断的运行；已完成的任务会被复用（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Move the selected run to the archive, or back</source>
        <translation>将所选运行移入归档，或从归档移回</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected run and its files (Del)</source>
        <translation>删除所选运行及其文件（Del）</translation>
    </message>
    <message>
        <source>Refresh Runs</source>
        <translation>刷新运行</translation>
    </message>
    <message>
        <source>The run did not start</source>
        <translation>运行未能开始</translation>
    </message>
    <message>
        <source>Select a run to see its tasks and logs.</source>
        <translation>选择一个运行以查看其任务和日志。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select a task to see its log.</source>
        <translation>选择一个任务以查看其日志。</translation>
    </message>
    <message>
        <source>Could not list the runs</source>
        <translation>无法列出运行</translation>
    </message>
    <message>
        <source>%1 does not run pipelines; switch to a backend that does.</source>
        <translation>%1 不能运行流水线；请切换到可以运行的后端。</translation>
    </message>
    <message>
        <source>No backend is open.</source>
        <translation>没有打开的后端。</translation>
    </message>
    <message>
        <source>Run a Pipeline File</source>
        <translation>运行流水线文件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Could not stop %1</source>
        <translation>无法停止 %1</translation>
    </message>
    <message>
        <source>Could not retry %1</source>
        <translation>无法重试 %1</translation>
    </message>
    <message>
        <source>Could not archive or restore %1</source>
        <translation>无法归档或恢复 %1</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete run %1 with its logs and artifacts? This cannot be undone.</source>
        <translation>删除运行 %1 及其日志和工件？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Loading run %1</source>
        <translation>正在加载运行 %1</translation>
    </message>
    <message>
        <source>Loading the log of %1</source>
        <translation>正在加载 %1 的日志</translation>
    </message>
    <message>
        <source>[the beginning of this log is left out here; %1 in all]
</source>
        <translation>[此处省略了日志的开头部分；共 %1]
</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Value or type</source>
        <translation>值或类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Save Artifact As...</source>
        <translation>工件另存为...</translation>
    </message>
    <message>
        <source>Copy the selected artifact (file or folder) to a folder of your choice</source>
        <translation>将所选工件（文件或文件夹）复制到你选择的文件夹</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Save Artifact To</source>
        <translation>保存工件到</translation>
    </message>
    <message>
        <source>Saving artifact %1</source>
        <translation>正在保存工件 %1</translation>
    </message>
    <message>
        <source>Artifact saved</source>
        <translation>工件已保存</translation>
    </message>
    <message>
        <source>Could not save the artifact</source>
        <translation>无法保存工件</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Show only runs started in this time</source>
        <translation>仅显示在此时间内开始的运行</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare the selected runs side by side: parameters, metrics and charts; with a comparison open, add them to it, from any backend (Ctrl+Shift+C)</source>
        <translation>并排比较所选运行：参数、指标和图表；若已打开比较，则将其加入（可来自任意后端）(Ctrl+Shift+C)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n runs to compare</source>
        <translation>
            <numerusform>正在读取 %n 个要比较的运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Some runs could not be compared</source>
        <translation>部分运行无法比较</translation>
    </message>
    <message>
        <source>Delete %1 runs with their logs and artifacts? This cannot be undone.</source>
        <translation>删除 %1 个运行及其日志和制品？此操作无法撤销。</translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation>所有实验</translation>
    </message>
    <message>
        <source>Show only the runs of one experiment</source>
        <translation>仅显示某个实验的运行</translation>
    </message>
    <message>
        <source>Experiments…</source>
        <translation>实验…</translation>
    </message>
    <message>
        <source>Create, archive, restore and delete experiments (Ctrl+Shift+E)</source>
        <translation>创建、归档、恢复和删除实验 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>accuracy &gt;= 0.9, epochs = 20, label:team=vision</source>
        <translation>accuracy &gt;= 0.9, epochs = 20, label:team=vision</translation>
    </message>
    <message>
        <source>Show only runs with a metric in bounds (accuracy &gt;= 0.9, evaluate/metrics/loss &lt;= 0.2), a parameter set to a value (epochs = 20) or a label (label:team=vision); several separated by commas</source>
        <translation>只显示指标在界限内（accuracy &gt;= 0.9、evaluate/metrics/loss &lt;= 0.2）、参数为某值（epochs = 20）或带有某标签（label:team=vision）的运行；多个条件以逗号分隔</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Run the selected run&apos;s pipeline again with its values, edited first (Ctrl+D)</source>
        <translation>以所选运行的参数值（可先编辑）再次运行其流水线（Ctrl+D）</translation>
    </message>
    <message>
        <source>Labels...</source>
        <translation>标签...</translation>
    </message>
    <message>
        <source>Set the labels of the selected run, to find it by later (label:team=vision in the filter) (Ctrl+L)</source>
        <translation>设置所选运行的标签，以便以后查找（在筛选中输入 label:team=vision）（Ctrl+L）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Show metrics and parameters of the runs as columns (also on the header&apos;s menu)</source>
        <translation>将运行的指标和参数显示为列（也可通过表头菜单）</translation>
    </message>
    <message>
        <source>Order unchanged</source>
        <translation>顺序未改变</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>No metrics in the runs listed</source>
        <translation>列出的运行中没有指标</translation>
    </message>
    <message>
        <source>No parameters in the runs listed</source>
        <translation>列出的运行中没有参数</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Labels of %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <source>Labels as key=value, separated by commas:</source>
        <translation>标签，格式为 key=value，以逗号分隔：</translation>
    </message>
    <message>
        <source>Labels not set</source>
        <translation>未设置标签</translation>
    </message>
    <message>
        <source>Could not clone the run</source>
        <translation>无法克隆该运行</translation>
    </message>
    <message>
        <source>No runs match the filters.</source>
        <translation>没有符合筛选条件的运行。</translation>
    </message>
    <message>
        <source>No runs yet. Run a pipeline file (Ctrl+R), or the pipeline open in the editor (Ctrl+R there).</source>
        <translation>还没有运行。运行一个流水线文件（Ctrl+R），或运行编辑器中打开的流水线（在编辑器中按 Ctrl+R）。</translation>
    </message>
</context>
<context>
    <name>kfw::views::SandboxedHtmlView</name>
    <message>
        <source>Allow JavaScript for this page</source>
        <translation>允许此页面运行 JavaScript</translation>
    </message>
    <message>
        <source>Scripts stay off unless you trust this artifact; even then the page reaches neither the network nor your files</source>
        <translation>除非您信任此制品，否则脚本保持关闭；即使开启，页面也无法访问网络或您的文件</translation>
    </message>
    <message>
        <source>The page is too large to show here; save the artifact to open it.</source>
        <translation>页面过大，无法在此显示；请保存该制品后打开。</translation>
    </message>
    <message>
        <source>Shown without network or file access.</source>
        <translation>显示时无网络和文件访问权限。</translation>
    </message>
</context>
<context>
    <name>kfw::views::SpawnDialog</name>
    <message>
        <source>New Notebook Server in %1</source>
        <translation>在 %1 中新建笔记本服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>e.g. churn-analysis</source>
        <translation>例如 churn-analysis</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>Choose an image or type your own</source>
        <translation>选择镜像或输入自己的镜像</translation>
    </message>
    <message>
        <source>This cluster offers only these images</source>
        <translation>此集群只提供这些镜像</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>镜像(&amp;I)</translation>
    </message>
    <message>
        <source>Pull policy</source>
        <translation>拉取策略</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Workspace volume</source>
        <translation>工作区卷</translation>
    </message>
    <message>
        <source>Create a workspace volume mounted at the home folder</source>
        <translation>创建挂载到主目录的工作区卷</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>访问模式</translation>
    </message>
    <message>
        <source>the cluster&apos;s default class</source>
        <translation>集群的默认存储类</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类</translation>
    </message>
    <message>
        <source>Data volumes</source>
        <translation>数据卷</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>挂载路径</translation>
    </message>
    <message>
        <source>A row with a size makes a new volume; without one it mounts an existing volume of that name</source>
        <translation>填写了大小的行会新建卷；未填写大小则挂载同名的现有卷</translation>
    </message>
    <message>
        <source>Add Volume</source>
        <translation>添加卷</translation>
    </message>
    <message>
        <source>Remove Volume</source>
        <translation>移除卷</translation>
    </message>
    <message>
        <source>Configurations and scheduling</source>
        <translation>配置与调度</translation>
    </message>
    <message>
        <source>PodDefault %1 (label %2)</source>
        <translation>PodDefault %1（标签 %2）</translation>
    </message>
    <message>
        <source>This namespace has no PodDefaults.</source>
        <translation>此命名空间没有 PodDefault。</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Affinity</source>
        <translation>亲和性</translation>
    </message>
    <message>
        <source>Tolerations</source>
        <translation>容忍</translation>
    </message>
    <message>
        <source>Enable shared memory (/dev/shm in memory, for PyTorch data loaders)</source>
        <translation>启用共享内存（内存中的 /dev/shm，供 PyTorch 数据加载器使用）</translation>
    </message>
    <message>
        <source>Form defaults: %1</source>
        <translation>表单默认值：%1</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>将要创建的内容</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>The notebook was not created: %1</source>
        <translation>未创建笔记本：%1</translation>
    </message>
    <message>
        <source>Use an existing volume</source>
        <translation>使用现有卷</translation>
    </message>
    <message>
        <source>Mount a volume of the namespace that exists already (its files stay as they are)</source>
        <translation>挂载命名空间中已存在的卷（其文件保持不变）</translation>
    </message>
</context>
<context>
    <name>kfw::views::StandInsDialog</name>
    <message>
        <source>Set Up for Local Runs</source>
        <translation>为本地运行进行设置</translation>
    </message>
    <message>
        <source>The pipeline names these cluster objects. Give what stands in for them on this workstation; secret values are kept in the OS keychain, never in files.</source>
        <translation>流水线引用了以下集群对象。请给出它们在本工作站上的替代；密钥的值保存在操作系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Secret %1, key %2:</source>
        <translation>密钥 %1，键 %2：</translation>
    </message>
    <message>
        <source>Config map %1, key %2:</source>
        <translation>配置映射 %1，键 %2：</translation>
    </message>
    <message>
        <source>a folder on this workstation</source>
        <translation>本工作站上的文件夹</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Folder for the Volume Claim</source>
        <translation>卷声明的文件夹</translation>
    </message>
    <message>
        <source>Volume claim %1:</source>
        <translation>卷声明 %1：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>kfw::views::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to Kubeflow Workbench</source>
        <translation>欢迎使用 Kubeflow 工作台</translation>
    </message>
    <message>
        <source>Author Kubeflow pipelines, run them on this workstation or on a Kubeflow cluster, and compare what they produce.</source>
        <translation>编写 Kubeflow 流水线，在本机或 Kubeflow 集群上运行，并比较它们的产出。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Active backend</source>
        <translation>当前后端</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近文件</translation>
    </message>
    <message>
        <source>Files you open appear here.</source>
        <translation>你打开的文件会显示在这里。</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Workbench documentation</source>
        <translation>工作台文档</translation>
    </message>
    <message>
        <source>How the workbench is organised and how to build and test it.</source>
        <translation>工作台的组织结构，以及如何构建和测试它。</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines</source>
        <translation>Kubeflow Pipelines</translation>
    </message>
    <message>
        <source>Pipelines, components, runs and experiments.</source>
        <translation>流水线、组件、运行和实验。</translation>
    </message>
    <message>
        <source>Kubeflow documentation</source>
        <translation>Kubeflow 文档</translation>
    </message>
    <message>
        <source>Notebooks, Katib, KServe, profiles and the rest of the platform.</source>
        <translation>Notebook、Katib、KServe、用户配置（Profile）以及平台的其余部分。</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>No backend</source>
        <translation>没有后端</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>转到某个页面</translation>
    </message>
    <message>
        <source>Pipelines run as processes on this workstation; no cluster is needed.</source>
        <translation>流水线作为本机上的进程运行，无需集群。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Pipelines run on a Kubeflow cluster.</source>
        <translation>流水线在 Kubeflow 集群上运行。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>A Kubernetes cluster from your kubeconfig; pipelines cannot run here yet.</source>
        <translation>来自 kubeconfig 的 Kubernetes 集群；目前还不能在此运行流水线。</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor</name>
    <message>
        <source>If %1</source>
        <translation>If %1</translation>
    </message>
    <message>
        <source>If / Elif / Else</source>
        <translation>If / Elif / Else</translation>
    </message>
    <message>
        <source>For each in %1</source>
        <translation>遍历 %1</translation>
    </message>
    <message>
        <source>Exit handler</source>
        <translation>退出处理器</translation>
    </message>
    <message>
        <source>Pipeline %1</source>
        <translation>流水线 %1</translation>
    </message>
    <message>
        <source>final status of %1</source>
        <translation>%1 的最终状态</translation>
    </message>
    <message>
        <source>loop item</source>
        <translation>循环项</translation>
    </message>
    <message>
        <source>pipeline: %1</source>
        <translation>流水线：%1</translation>
    </message>
    <message>
        <source>from group: %1</source>
        <translation>来自组：%1</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>1 task inside</source>
        <translation>内含 1 个任务</translation>
    </message>
    <message>
        <source>%1 tasks inside</source>
        <translation>内含 %1 个任务</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::CompareView</name>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The two pipelines have the same structure.</source>
        <translation>两条流水线的结构相同。</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::ComponentDialog</name>
    <message>
        <source>New Container Component</source>
        <translation>新建容器组件</translation>
    </message>
    <message>
        <source>e.g. train</source>
        <translation>例如 train</translation>
    </message>
    <message>
        <source>e.g. python:3.11-slim</source>
        <translation>例如 python:3.11-slim</translation>
    </message>
    <message>
        <source>One word per line, e.g.
python3
-c
print(&apos;hello&apos;)</source>
        <translation>每行一个词，例如
python3
-c
print(&apos;hello&apos;)</translation>
    </message>
    <message>
        <source>One argument per line; {name} stands for an input or output</source>
        <translation>每行一个参数；{name} 表示某个输入或输出</translation>
    </message>
    <message>
        <source>One per line: name: type (str, int, float, bool, list, dict, Dataset, Model, …)</source>
        <translation>每行一个，格式为“名称: 类型”（类型为 str、int、float、bool、list、dict、Dataset、Model…）</translation>
    </message>
    <message>
        <source>One per line: name: type</source>
        <translation>每行一个，格式为“名称: 类型”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>New Importer</source>
        <translation>新建导入器</translation>
    </message>
    <message>
        <source>Import again in every run (no cache)</source>
        <translation>每次运行都重新导入（不使用缓存）</translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>工件类型</translation>
    </message>
    <message>
        <source>The task&apos;s &quot;uri&quot; input says where the artifact is (gs://, s3://, minio://, https:// or a local path); set it in the task&apos;s properties.</source>
        <translation>任务的“uri”输入指明工件所在的位置（gs://、s3://、minio://、https:// 或本地路径）；请在任务属性中设置。</translation>
    </message>
    <message>
        <source>New Python Function Component</source>
        <translation>新建 Python 函数组件</translation>
    </message>
    <message>
        <source>the first function of the source</source>
        <translation>源代码中的第一个函数</translation>
    </message>
    <message>
        <source>pip packages to install, separated by spaces</source>
        <translation>要安装的 pip 包，以空格分隔</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;name: type&quot;</source>
        <translation>“%1”不符合“名称: 类型”格式</translation>
    </message>
    <message>
        <source>%1 has the type %2; use str, int, float, bool, list, dict or one of %3</source>
        <translation>%1 的类型为 %2；请使用 str、int、float、bool、list、dict 或 %3 中的一种</translation>
    </message>
    <message>
        <source>Give the component a name.</source>
        <translation>请为组件命名。</translation>
    </message>
    <message>
        <source>Give the container image, such as python:3.11-slim.</source>
        <translation>请指定容器镜像，例如 python:3.11-slim。</translation>
    </message>
    <message>
        <source>Give the command the container runs, one word per line.</source>
        <translation>请指定容器运行的命令，每行一个词。</translation>
    </message>
    <message>
        <source>Inputs and outputs: %1.</source>
        <translation>输入和输出：%1。</translation>
    </message>
    <message>
        <source>Give the importer a name.</source>
        <translation>请为导入器命名。</translation>
    </message>
    <message>
        <source>Write a function: def name(arguments) -&gt; type:</source>
        <translation>请编写一个函数：def name(arguments) -&gt; type:</translation>
    </message>
    <message>
        <source>Ready to add.</source>
        <translation>可以添加了。</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::DagLevel</name>
    <message>
        <source>importer</source>
        <translation>导入器</translation>
    </message>
    <message>
        <source>loop items</source>
        <translation>循环项</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::EditorDocument</name>
    <message>
        <source>the layout file has version %1; this version of the workbench reads version %2</source>
        <translation>布局文件的版本为 %1；此版本的工作台只能读取版本 %2</translation>
    </message>
    <message>
        <source>the position of %1 in %2 is not a pair of numbers</source>
        <translation>%2 中 %1 的位置不是一对数字</translation>
    </message>
    <message>
        <source>%1 is a KFP v1 component, not a pipeline. Import it as a component into a pipeline instead.</source>
        <translation>%1 是 KFP v1 组件，而不是流水线。请改为将其作为组件导入到流水线中。</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); tasks are laid out afresh.</source>
        <translation>无法读取 %1（%2）；将重新排布任务。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is not a layout the workbench reads (%2); tasks are laid out afresh.</source>
        <translation>%1 不是工作台可读取的布局（%2）；将重新排布任务。</translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation>未命名流水线</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>删除 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no task %1 in %2.</source>
        <translation>%2 中没有任务 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Both tasks must be in the level shown.</source>
        <translation>两个任务都必须位于当前显示的层级中。</translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3.%4</source>
        <translation>将 %1.%2 连接到 %3.%4</translation>
    </message>
    <message>
        <source>Run %1 after %2</source>
        <translation>在 %2 之后运行 %1</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another folder with Save As.</source>
        <translation>无法写入 %1（%2）。请使用“另存为”选择其他文件夹。</translation>
    </message>
    <message>
        <source>The pipeline was saved, but its layout %1 could not be written (%2).</source>
        <translation>流水线已保存，但无法写入其布局文件 %1（%2）。</translation>
    </message>
    <message>
        <source>a comment in %1 has no id or position</source>
        <translation>%1 中有一条注释缺少 ID 或位置</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::EditorPage</name>
    <message>
        <source>Pipeline Editor</source>
        <translation>流水线编辑器</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>无法读取 %1；请检查其权限。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the pipeline and its layout (Ctrl+S)</source>
        <translation>保存流水线及其布局（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the pipeline under another name (Ctrl+Shift+S)</source>
        <translation>以其他名称保存流水线（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>撤销上一次编辑（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the edit undone last (Ctrl+Shift+Z)</source>
        <translation>重做最近撤销的编辑（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected tasks (Del)</source>
        <translation>删除所选任务（Del）</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <source>Arrange the tasks of this level left to right (Ctrl+L)</source>
        <translation>将此层级的任务从左到右排列（Ctrl+L）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Zoom to show every task of this level (Ctrl+Shift+0)</source>
        <translation>缩放以显示此层级的所有任务（Ctrl+Shift+0）</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Zoom to actual size (Ctrl+0)</source>
        <translation>缩放到实际大小（Ctrl+0）</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or the mouse wheel)</source>
        <translation>放大（Ctrl++ 或鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <source>Leave this group for the level that holds it (Alt+Up)</source>
        <translation>离开此组，返回包含它的层级（Alt+Up）</translation>
    </message>
    <message>
        <source>Snap to Grid</source>
        <translation>对齐网格</translation>
    </message>
    <message>
        <source>Keep tasks on a 10-point grid while they move (Ctrl+Shift+G)</source>
        <translation>移动任务时使其对齐到 10 点网格（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected tasks, as PipelineSpec YAML (Ctrl+C)</source>
        <translation>以 PipelineSpec YAML 格式复制所选任务（Ctrl+C）</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Copy the selected tasks and delete them (Ctrl+X)</source>
        <translation>复制所选任务并将其删除（Ctrl+X）</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Add the copied tasks to this level (Ctrl+V)</source>
        <translation>将复制的任务添加到此层级（Ctrl+V）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Copy the selected tasks in place (Ctrl+D)</source>
        <translation>在原位置创建所选任务的副本（Ctrl+D）</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Save the pipeline and add it to the pipelines of the active backend (a cluster or this workstation), as a new pipeline or a new version (Ctrl+U)</source>
        <translation>保存流水线，并将其作为新流水线或新版本添加到当前后端（集群或本工作站）的流水线中（Ctrl+U）</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>与文件比较…</translation>
    </message>
    <message>
        <source>Show this pipeline beside another file, with tasks added, removed and changed marked (Ctrl+Alt+C)</source>
        <translation>将此流水线与另一个文件并排显示，并标出新增、移除和更改的任务（Ctrl+Alt+C）</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Line the selected tasks up on the leftmost one (Ctrl+Alt+Left)</source>
        <translation>将所选任务与最左侧的任务对齐（Ctrl+Alt+Left）</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Line the selected tasks up on the topmost one (Ctrl+Alt+Up)</source>
        <translation>将所选任务与最上方的任务对齐（Ctrl+Alt+Up）</translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation>水平均匀分布</translation>
    </message>
    <message>
        <source>Space three or more selected tasks evenly from left to right (Ctrl+Alt+H)</source>
        <translation>将三个或更多所选任务从左到右等距分布（Ctrl+Alt+H）</translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation>垂直均匀分布</translation>
    </message>
    <message>
        <source>Space three or more selected tasks evenly from top to bottom (Ctrl+Alt+V)</source>
        <translation>将三个或更多所选任务从上到下等距分布（Ctrl+Alt+V）</translation>
    </message>
    <message>
        <source>Add Component File…</source>
        <translation>添加组件文件…</translation>
    </message>
    <message>
        <source>Add a task of a component file (KFP v1 component.yaml or a compiled component) (Ctrl+I)</source>
        <translation>从组件文件（KFP v1 component.yaml 或已编译的组件）添加一个任务（Ctrl+I）</translation>
    </message>
    <message>
        <source>Find Task…</source>
        <translation>查找任务…</translation>
    </message>
    <message>
        <source>Find a task by name in any level (Ctrl+F)</source>
        <translation>在所有层级中按名称查找任务（Ctrl+F）</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>运行…</translation>
    </message>
    <message>
        <source>Save the pipeline and start a run of it (Ctrl+R)</source>
        <translation>保存流水线并开始运行（Ctrl+R）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this pipeline (Ctrl+W)</source>
        <translation>关闭此流水线（Ctrl+W）</translation>
    </message>
    <message>
        <source>Add Component File</source>
        <translation>添加组件文件</translation>
    </message>
    <message>
        <source>Component (*.yaml *.yml *.json)</source>
        <translation>组件 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>与文件比较</translation>
    </message>
    <message>
        <source>Pipeline (*.yaml *.yml *.json)</source>
        <translation>流水线 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Open a compiled pipeline (PipelineSpec YAML, as kfp compiles it) with File ▸ Open (Ctrl+O) or drop one on the window. Its tasks appear here, laid out left to right; groups (conditions, loops, exit handlers) open with a double-click.</source>
        <translation>使用“文件 ▸ 打开”（Ctrl+O）打开已编译的流水线（由 kfp 编译生成的 PipelineSpec YAML），或将其拖放到窗口中。其任务会从左到右排布显示在这里；双击组（条件、循环、退出处理器）即可将其打开。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>The workbench ended without saving %n pipeline(s): %1. Restore them to keep the changes.</source>
        <translation>
            <numerusform>工作台上次退出时有 %n 条流水线未保存：%1。恢复它们即可保留更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore %1</source>
        <translation>无法恢复 %1</translation>
    </message>
    <message>
        <source>Pipeline editor</source>
        <translation>流水线编辑器</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Layout of %1 not used</source>
        <translation>未使用 %1 的布局</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Fix the errors listed below the canvas first; a pipeline with errors would not run</source>
        <translation>请先修复画布下方列出的错误；有错误的流水线无法运行</translation>
    </message>
    <message>
        <source>my-pipeline</source>
        <translation>my-pipeline</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>%1 is not a usable component.</source>
        <translation>%1 不是可用的组件。</translation>
    </message>
    <message>
        <source>Added %1; double-click it to add tasks inside</source>
        <translation>已添加 %1；双击它即可在其中添加任务</translation>
    </message>
    <message>
        <source>%1 cannot be nested: %2</source>
        <translation>无法嵌套 %1：%2</translation>
    </message>
    <message>
        <source>That pipeline is no longer open.</source>
        <translation>该流水线已关闭。</translation>
    </message>
    <message>
        <source>Groups cannot be copied yet; open a group and copy the tasks inside it.</source>
        <translation>暂不支持复制组；请打开组，复制其中的任务。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s).</source>
        <translation>
            <numerusform>已复制 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s); groups are not copied: %1.</source>
        <translation>
            <numerusform>已复制 %n 个任务；以下组未复制：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted: %1</source>
        <translation>未粘贴：%1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n task(s).</source>
        <translation>
            <numerusform>已粘贴 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The active backend keeps no pipelines; connect to a Kubeflow cluster or use this workstation.</source>
        <translation>当前后端不保存流水线；请连接到 Kubeflow 集群，或使用本工作站。</translation>
    </message>
    <message>
        <source>Fix the errors listed below the canvas first; a pipeline with errors would not be accepted.</source>
        <translation>请先修复画布下方列出的错误；有错误的流水线不会被接受。</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>正在上传 %1</translation>
    </message>
    <message>
        <source>Uploaded as %1</source>
        <translation>已上传为 %1</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>the backend went away</source>
        <translation>后端已断开</translation>
    </message>
    <message>
        <source>the new pipeline %1 on %2</source>
        <translation>%2 上的新流水线 %1</translation>
    </message>
    <message>
        <source>version %1 of %2 on %3</source>
        <translation>%3 上 %2 的版本 %1</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 is not a component: %2</source>
        <translation>%1 不是组件：%2</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Pipeline As</source>
        <translation>流水线另存为</translation>
    </message>
    <message>
        <source>Pipeline (*.yaml *.yml)</source>
        <translation>流水线 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 有未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>是否在关闭前保存？</translation>
    </message>
    <message>
        <source>Fix the errors listed below the canvas first.</source>
        <translation>请先修复画布下方列出的错误。</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>添加注释</translation>
    </message>
    <message>
        <source>Put a note on the canvas; it is kept in the layout file, not in the pipeline (Ctrl+Alt+M)</source>
        <translation>在画布上添加一条注释；它保存在布局文件中，而不在流水线中（Ctrl+Alt+M）</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>删除注释</translation>
    </message>
    <message>
        <source>Show Group Contents</source>
        <translation>显示组内容</translation>
    </message>
    <message>
        <source>Open the selected groups in place, showing their tasks, or close them again (Ctrl+E)</source>
        <translation>就地展开所选组以显示其任务，或再次折叠 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show All Group Contents</source>
        <translation>显示所有组内容</translation>
    </message>
    <message>
        <source>Open every group of this level in place, or close them all when all are open (Ctrl+Shift+E)</source>
        <translation>就地展开此层级的所有组；全部已展开时则全部折叠 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Upload and Run</source>
        <translation>上传并运行</translation>
    </message>
    <message>
        <source>Upload the pipeline to the active backend as a new pipeline or version, then start a run of that version (Ctrl+Shift+R)</source>
        <translation>将流水线作为新流水线或新版本上传到当前后端，然后运行该版本 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>The active backend keeps no pipelines.</source>
        <translation>当前后端不保存流水线。</translation>
    </message>
    <message>
        <source>Fetching a stored pipeline</source>
        <translation>正在获取已存储的流水线</translation>
    </message>
    <message>
        <source>Fetching the pipeline…</source>
        <translation>正在获取流水线…</translation>
    </message>
    <message>
        <source>the pipeline has no versions</source>
        <translation>该流水线没有任何版本</translation>
    </message>
    <message>
        <source>Compare With Stored Version…</source>
        <translation>与已存储的版本比较…</translation>
    </message>
    <message>
        <source>Show this pipeline beside a version of it that the active backend keeps, with the differences marked (Ctrl+Alt+Shift+C)</source>
        <translation>将此流水线与当前后端保存的某个版本并排显示，并标出差异 (Ctrl+Alt+Shift+C)</translation>
    </message>
    <message>
        <source>The active backend has no pipeline named %1; upload it first (Ctrl+U).</source>
        <translation>当前后端没有名为 %1 的流水线；请先上传 (Ctrl+U)。</translation>
    </message>
    <message>
        <source>The pipeline has no stored versions.</source>
        <translation>该流水线没有已存储的版本。</translation>
    </message>
    <message>
        <source>Compare With Stored Version</source>
        <translation>与已存储的版本比较</translation>
    </message>
    <message>
        <source>Version of %1 to compare with:</source>
        <translation>要与 %1 比较的版本：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::EditorTab</name>
    <message>
        <source>Find a task (any level); Enter shows it</source>
        <translation>查找任务（所有层级）；按 Enter 键定位</translation>
    </message>
    <message>
        <source>No task matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的任务。</translation>
    </message>
    <message>
        <source>Checking the pipeline…</source>
        <translation>正在检查流水线…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>No problems found: the pipeline is ready to run.</source>
        <translation>未发现问题：流水线可以运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before the pipeline can run</source>
        <translation>
            <numerusform>需修复 %n 个错误后流水线才能运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>；%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the pipeline can run.</source>
        <translation>
            <numerusform>%n 个警告；流水线可以运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>The level shown</source>
        <translation>当前显示的层级</translation>
    </message>
    <message>
        <source>Open this level</source>
        <translation>打开此层级</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::GraphLayout</name>
    <message>
        <source>Graphviz placed %1 of %2 tasks.</source>
        <translation>Graphviz 只排布了 %2 个任务中的 %1 个。</translation>
    </message>
    <message>
        <source>Graphviz could not write the layout.</source>
        <translation>Graphviz 无法输出布局。</translation>
    </message>
    <message>
        <source>Graphviz&apos;s dot layout is not available; check the graphviz package.</source>
        <translation>Graphviz 的 dot 布局不可用；请检查 graphviz 软件包。</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks: laid out in layers (Graphviz is used up to %1).</source>
        <translation>
            <numerusform>%n 个任务：已按层排布（任务数不超过 %1 时才使用 Graphviz）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Graphviz took longer than %1 s; laid out in layers instead.</source>
        <translation>Graphviz 用时超过 %1 秒；已改用分层布局。</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::GroupDialog</name>
    <message>
        <source>New ParallelFor Loop</source>
        <translation>新建 ParallelFor 循环</translation>
    </message>
    <message>
        <source>These items:</source>
        <translation>以下各项：</translation>
    </message>
    <message>
        <source>A JSON list; each task inside the loop runs once per item</source>
        <translation>JSON 列表；循环内的每个任务对每一项各运行一次</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Loop over</source>
        <translation>循环遍历</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>列表项</translation>
    </message>
    <message>
        <source>At most at once</source>
        <translation>最大并行数</translation>
    </message>
    <message>
        <source>New Condition</source>
        <translation>新建条件</translation>
    </message>
    <message>
        <source>If</source>
        <translation>如果</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>New Exit Handler</source>
        <translation>新建退出处理器</translation>
    </message>
    <message>
        <source>Exit task runs</source>
        <translation>退出任务运行的组件</translation>
    </message>
    <message>
        <source>The exit task runs when the tasks inside the handler have finished, whether they succeeded or failed; add the component it runs to the pipeline first.</source>
        <translation>处理器内的任务结束后（无论成功还是失败），退出任务都会运行；请先将它要运行的组件添加到流水线中。</translation>
    </message>
    <message>
        <source>pipeline parameter %1</source>
        <translation>流水线参数 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Add a ParallelFor loop</source>
        <translation>添加 ParallelFor 循环</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Add an exit handler</source>
        <translation>添加退出处理器</translation>
    </message>
    <message>
        <source>Write the items as a JSON list, such as [1, 2, 3] or [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>请将各项写成 JSON 列表，例如 [1, 2, 3] 或 [&quot;a&quot;, &quot;b&quot;]。</translation>
    </message>
    <message>
        <source>A condition compares a pipeline parameter or a task&apos;s output; add one first.</source>
        <translation>条件用于比较流水线参数或任务输出；请先添加一个。</translation>
    </message>
    <message>
        <source>Add the component the exit task runs to the pipeline first.</source>
        <translation>请先将退出任务要运行的组件添加到流水线中。</translation>
    </message>
    <message>
        <source>This group cannot be added here.</source>
        <translation>无法在此处添加该组。</translation>
    </message>
    <message>
        <source>Ready to add.</source>
        <translation>可以添加了。</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::NodeItem</name>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>组件 %1</translation>
    </message>
    <message>
        <source>A comment; double-click to edit it</source>
        <translation>注释；双击即可编辑</translation>
    </message>
    <message>
        <source>; click the arrow to show them here, double-click to open</source>
        <translation>；点击箭头在此显示，双击打开</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::Palette</name>
    <message>
        <source>Inputs: %1</source>
        <translation>输入：%1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>Search components</source>
        <translation>搜索组件</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a folder of component files to the library</source>
        <translation>将组件文件所在的文件夹添加到组件库</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Container component</source>
        <translation>容器组件</translation>
    </message>
    <message>
        <source>A container image with a command and arguments, and typed inputs and outputs</source>
        <translation>带有命令、参数以及类型化输入和输出的容器镜像</translation>
    </message>
    <message>
        <source>Python function</source>
        <translation>Python 函数</translation>
    </message>
    <message>
        <source>A Python function; its signature gives the inputs and outputs</source>
        <translation>Python 函数；由函数签名确定输入和输出</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>导入器</translation>
    </message>
    <message>
        <source>Brings an existing artifact (a dataset, a model, ...) into the pipeline by its URI</source>
        <translation>通过 URI 将现有工件（数据集、模型等）引入流水线</translation>
    </message>
    <message>
        <source>ParallelFor loop</source>
        <translation>ParallelFor 循环</translation>
    </message>
    <message>
        <source>Runs the tasks you put inside it once per item of a list</source>
        <translation>对列表中的每一项，将放入其中的任务各运行一次</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Runs the tasks you put inside it only when a value compares as given</source>
        <translation>仅当某个值满足指定的比较条件时，才运行放入其中的任务</translation>
    </message>
    <message>
        <source>Exit handler</source>
        <translation>退出处理器</translation>
    </message>
    <message>
        <source>Runs an exit task after the tasks inside it, whether they succeed or fail</source>
        <translation>其中的任务结束后运行退出任务，无论这些任务成功还是失败</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>组件库</translation>
    </message>
    <message>
        <source>In this pipeline</source>
        <translation>本流水线中</translation>
    </message>
    <message>
        <source>Open pipelines</source>
        <translation>已打开的流水线</translation>
    </message>
    <message>
        <source>Add a Component Folder</source>
        <translation>添加组件文件夹</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Another task of the component %1</source>
        <translation>组件 %1 的另一个任务</translation>
    </message>
    <message>
        <source>The pipeline %1 as one task of this one (a nested pipeline)</source>
        <translation>将流水线 %1 作为本流水线的一个任务（嵌套流水线）</translation>
    </message>
    <message>
        <source>Stored pipelines</source>
        <translation>已存储的流水线</translation>
    </message>
    <message>
        <source>Pipelines on %1</source>
        <translation>%1 上的流水线</translation>
    </message>
    <message>
        <source>The latest version of %1 on %2 as one task of this pipeline (a nested pipeline)</source>
        <translation>将 %2 上 %1 的最新版本作为此流水线的一个任务（嵌套流水线）</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::PipelineCanvas</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>正在排布…</translation>
    </message>
    <message>
        <source>An empty pipeline. Drag components here from the palette on the left,
or select one there and press Enter.</source>
        <translation>这是一条空流水线。请将组件从左侧的组件面板拖到此处，
或在组件面板中选中一个组件后按 Enter 键。</translation>
    </message>
    <message>
        <source>This group has no tasks.</source>
        <translation>此组中没有任务。</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Connect an output to an input (the ports on the left side of a task).</source>
        <translation>请将输出连接到输入（即任务左侧的端口）。</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>编辑注释</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加注释</translation>
    </message>
    <message>
        <source>Move comment</source>
        <translation>移动注释</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::PropertiesPanel</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>请填写 true 或 false</translation>
    </message>
    <message>
        <source>write a JSON list, such as [1, 2, 3]</source>
        <translation>请填写 JSON 列表，例如 [1, 2, 3]</translation>
    </message>
    <message>
        <source>write a JSON object, such as {&quot;a&quot;: 1}</source>
        <translation>请填写 JSON 对象，例如 {&quot;a&quot;: 1}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and &apos;-&apos; (for example %1)</source>
        <translation>请使用小写字母、数字和“-”（例如 %1）</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Display name of %1</source>
        <translation>%1 的显示名称</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Reuse earlier results</source>
        <translation>复用之前的结果</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Cache %1</source>
        <translation>为 %1 启用缓存</translation>
    </message>
    <message>
        <source>Do not cache %1</source>
        <translation>为 %1 停用缓存</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Retries of %1</source>
        <translation>%1 的重试次数</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation>%1 的资源</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU 上限</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>内存上限</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速器数量</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>an image such as python:3.11</source>
        <translation>镜像，例如 python:3.11</translation>
    </message>
    <message>
        <source>One item per line; applied when you leave the field</source>
        <translation>每行一项；离开此字段时生效</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>设置 %2 的 %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>write NAME=value</source>
        <translation>请填写 NAME=value</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Secret as environment</source>
        <translation>密钥作为环境变量</translation>
    </message>
    <message>
        <source>secret, key, ENV_VAR</source>
        <translation>密钥名称, 键, ENV_VAR</translation>
    </message>
    <message>
        <source>Secret as volume</source>
        <translation>密钥作为卷</translation>
    </message>
    <message>
        <source>secret, /mount/path</source>
        <translation>密钥名称, /mount/path</translation>
    </message>
    <message>
        <source>Config map as environment</source>
        <translation>配置映射作为环境变量</translation>
    </message>
    <message>
        <source>config-map, key, ENV_VAR</source>
        <translation>配置映射名称, 键, ENV_VAR</translation>
    </message>
    <message>
        <source>Config map as volume</source>
        <translation>配置映射作为卷</translation>
    </message>
    <message>
        <source>config-map, /mount/path</source>
        <translation>配置映射名称, /mount/path</translation>
    </message>
    <message>
        <source>Volume claim (PVC)</source>
        <translation>卷声明（PVC）</translation>
    </message>
    <message>
        <source>claim-name, /mount/path</source>
        <translation>卷声明名称, /mount/path</translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation>节点选择器</translation>
    </message>
    <message>
        <source>label, value</source>
        <translation>标签, 值</translation>
    </message>
    <message>
        <source>Toleration</source>
        <translation>容忍度</translation>
    </message>
    <message>
        <source>key, operator (Equal/Exists), value, effect</source>
        <translation>键, 运算符（Equal/Exists）, 值, 效果</translation>
    </message>
    <message>
        <source>Pod label</source>
        <translation>Pod 标签</translation>
    </message>
    <message>
        <source>key, value</source>
        <translation>键, 值</translation>
    </message>
    <message>
        <source>Pod annotation</source>
        <translation>Pod 注解</translation>
    </message>
    <message>
        <source>write: %1</source>
        <translation>请按此格式填写：%1</translation>
    </message>
    <message>
        <source>Kubernetes option of %1</source>
        <translation>%1 的 Kubernetes 选项</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>(not connected: drag an output here)</source>
        <translation>（未连接：请将输出拖到此处）</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Disconnect %1.%2</source>
        <translation>断开 %1.%2 的连接</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>流水线：%1</translation>
    </message>
    <message>
        <source>Loop item</source>
        <translation>循环项</translation>
    </message>
    <message>
        <source>Set %1.%2</source>
        <translation>设置 %1.%2</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Pipeline %1</source>
        <translation>流水线 %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Pipeline root</source>
        <translation>流水线根路径</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove parameter %1</source>
        <translation>移除参数 %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>default (optional)</source>
        <translation>默认值（可选）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Default of %1: %2</source>
        <translation>%1 的默认值：%2</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>添加参数 %1</translation>
    </message>
    <message>
        <source>The function&apos;s source; applied when you leave the field</source>
        <translation>函数的源代码；离开此字段时应用</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>%1 的源代码</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::RunGraph</name>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1/%2 succeeded</source>
        <translation>%1/%2 成功</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>，%1 失败</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <source>Leave this group for the level that holds it</source>
        <translation>离开此组，返回包含它的层级</translation>
    </message>
    <message>
        <source>Select a run to see its graph.</source>
        <translation>选择一个运行以查看其图。</translation>
    </message>
    <message>
        <source>The run&apos;s pipeline could not be read: %1</source>
        <translation>无法读取该运行的流水线：%1</translation>
    </message>
    <message>
        <source>%1 — double-click a group to open it</source>
        <translation>%1 — 双击组即可打开</translation>
    </message>
    <message>
        <source>Show Group Contents</source>
        <translation>显示组内容</translation>
    </message>
    <message>
        <source>Show the tasks of every group and loop in place, with their states, or only the groups&apos; counts</source>
        <translation>就地显示每个组和循环中的任务及其状态，或仅显示组的计数</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::recovery</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>kfw::views::editor::taskclipboard</name>
    <message>
        <source>The clipboard holds no tasks of a pipeline.</source>
        <translation>剪贴板中没有流水线任务。</translation>
    </message>
    <message>
        <source>The task %1 in the clipboard has no component it can run.</source>
        <translation>剪贴板中的任务 %1 没有可运行的组件。</translation>
    </message>
    <message>
        <source>%1.%2 could not be restored: %3</source>
        <translation>无法恢复 %1.%2：%3</translation>
    </message>
</context>
</TS>
