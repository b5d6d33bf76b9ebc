<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>kfw::local::LocalBackend</name>
    <message>
        <source>Local workstation</source>
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
</context>
</TS>
