<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>kfw::local::LocalBackend</name>
    <message>
        <source>Local workstation</source>
        <translation>本地工作站</translation>
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
</context>
</TS>
