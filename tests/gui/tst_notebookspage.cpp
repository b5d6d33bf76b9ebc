// The Notebooks page driven with mouse and keys against the simulated cluster: the spawn form,
// filled as a user would, creates exactly the Notebook and PVC the Jupyter web app creates for
// the same choices under the cluster's spawner configuration (expected objects written from the
// web app's documented behaviour; the simulator checks them against the Notebook CRD's schema);
// start and stop set and clear the stop annotation; the resources of a stopped notebook change;
// the notebook opens in the app through the gateway; the local backend has no notebooks.

#include "cluster/backend/backendregistry.h"
#include "cluster/local/localbackend.h"
#include "clustertesting.h"
#include "simcluster.h"
#include "simkfam.h"
#include "simkinds.h"
#include "simschema.h"
#include "views/notebooks/notebookbrowser.h"
#include "views/notebooks/notebooklistmodel.h"
#include "views/notebooks/notebookspage.h"
#include "views/notebooks/spawndialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineView>

using namespace kfw;
using namespace kfw::backend;

namespace {

const QString kToken = u"notebook-admin-token"_qs;
const QString kViewerToken = u"notebook-viewer-token"_qs;
const QString kUser = u"admin@example.com"_qs;
const QString kNamespace = u"team-lab"_qs;

// The cluster's spawner configuration: no CPU limit factor, a toleration group, and shared
// memory off by default, so that the form visibly follows it.
const char kConfig[] = R"(spawnerFormDefaults:
  allowCustomImage: true
  image:
    value: ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-scipy:v1.10.0
    options:
    - ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-scipy:v1.10.0
    - ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-pytorch-full:v1.10.0
  cpu: {value: "0.5", limitFactor: "none"}
  memory: {value: "1.0Gi", limitFactor: "1.2"}
  workspaceVolume:
    value:
      mount: /home/jovyan
      newPvc:
        metadata: {name: "{notebook-name}-workspace"}
        spec:
          resources: {requests: {storage: 5Gi}}
          accessModes: [ReadWriteOnce]
  tolerationGroup:
    value: ""
    options:
    - groupKey: big
      displayName: Big nodes
      tolerations:
      - {key: dedicated, operator: Equal, value: big, effect: NoSchedule}
  shm: {value: false}
)";

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestNotebooksPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void spawnFormCreatesWhatTheWebAppCreates();
    void createdNotebookPassesTheCrdSchema();
    void badInputKeepsLaunchDisabled();
    void stopAndStart();
    void resourcesOfAStoppedNotebook();
    void connectThroughTheGateway();
    void connectByPortForward();
    void portForwardRefusedForAViewer();
    void volumes();
    void localJupyter();
    void localJupyterNotInstalled();
    void localBackendOffersLocalJupyter();

private:
    // A page on the administrator's context, through the API server or at the gateway.
    std::unique_ptr<views::NotebooksPage> page(bool atGateway = false,
                                               const QString &context = u"admin"_qs);
    QJsonObject stored(const QString &kind, const QString &name) const;
    bool select(views::NotebooksPage *page, const QString &name);

    testing::SimCluster m_cluster;
    sim::SimSchemas m_schemas;
    bool m_haveSchemas = false;
    std::vector<std::unique_ptr<BackendRegistry>> m_registries;
};

void TestNotebooksPage::initTestCase()
{
    QVERIFY(m_cluster.start(
        {{u"admin"_qs, testing::simAdministrator(kUser, kToken), kNamespace},
         {u"viewer"_qs, testing::simProfileReader(u"viewer@example.com"_qs, kViewerToken),
          kNamespace}}));
    // Custom resources are checked against Kubeflow's CRDs when they are at hand.
    const QString crds = qEnvironmentVariable("KFW_CONFORMANCE_DIR") + u"/kubeflow/crd"_qs;
    QString problem;
    m_haveSchemas = !qEnvironmentVariableIsEmpty("KFW_CONFORMANCE_DIR") && QDir(crds).exists() &&
                    m_schemas.load(crds, &problem);
    if (m_haveSchemas)
        m_cluster.server()->setSchemas(&m_schemas);
    else if (!problem.isEmpty())
        QFAIL(qPrintable(u"The CRDs do not load: "_qs + problem));
    auto admin = m_cluster.open(u"admin"_qs);
    QVERIFY(admin && admin->profiles());
    ProfileRequest profile;
    profile.name = kNamespace;
    profile.owner = kUser;
    QVERIFY(testing::waitFor(admin->profiles()->create(profile)).ok());
    QVERIFY(QTest::qWaitFor([&] { return m_cluster.store()->namespaceExists(kNamespace); }));
    const auto kind = [](const char *group, const char *version, const char *plural) {
        return *sim::findSimKind(QString::fromLatin1(group), QString::fromLatin1(version),
                                 QString::fromLatin1(plural));
    };
    // A contributor who may view the profile (and so not forward ports to its pods).
    QVERIFY(m_cluster.store()
                ->create(kind("rbac.authorization.k8s.io", "v1", "rolebindings"), kNamespace,
                         sim::SimKfam::roleBindingFor(json(R"({
                           "user": {"kind": "User", "name": "viewer@example.com"},
                           "referredNamespace": "team-lab",
                           "RoleRef": {"kind": "ClusterRole", "name": "view"}})")))
                .ok());
    if (!m_cluster.store()->namespaceExists(u"kubeflow"_qs))
        QVERIFY(m_cluster.store()
                    ->create(kind("", "v1", "namespaces"), {},
                             json(R"({"metadata": {"name": "kubeflow"}})"))
                    .ok());
    // The web app's ConfigMap as kubeflow/manifests names and labels it.
    QJsonObject map = json(R"({"metadata": {"name": "jupyter-web-app-config-7k2m9h",
        "labels": {"app": "jupyter-web-app", "kustomize.component": "jupyter-web-app"}}})");
    map.insert(u"data"_qs, QJsonObject{{u"spawner_ui_config.yaml"_qs, QString::fromUtf8(kConfig)}});
    QVERIFY(m_cluster.store()->create(kind("", "v1", "configmaps"), u"kubeflow"_qs, map).ok());
    QVERIFY(m_cluster.store()
                ->create(kind("kubeflow.org", "v1alpha1", "poddefaults"), kNamespace,
                         json(R"({"apiVersion": "kubeflow.org/v1alpha1", "kind": "PodDefault",
                           "metadata": {"name": "access-ml-pipeline"},
                           "spec": {"desc": "Allow access to Kubeflow Pipelines",
                             "selector": {"matchLabels": {"access-ml-pipeline": "true"}},
                             "env": [{"name": "KF_PIPELINES_SA_TOKEN_PATH",
                                      "value": "/var/run/secrets/kubeflow/pipelines/token"}]}})"))
                .ok());
}

std::unique_ptr<views::NotebooksPage> TestNotebooksPage::page(bool atGateway,
                                                              const QString &context)
{
    std::unique_ptr<kubeflow::KubeflowBackend> backend =
        atGateway ? m_cluster.openAtGateway(context, kToken) : m_cluster.open(context);
    if (!backend)
        return {};
    auto registry = testing::registryWith(std::move(backend));
    ui::ShellContext shell;
    shell.backends = registry.get();
    auto page = std::make_unique<views::NotebooksPage>(shell);
    new QAbstractItemModelTester(
        page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
    page->resize(1200, 760);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        qWarning("the page's window did not become active: shortcuts may not reach it");
    m_registries.push_back(std::move(registry));
    return page;
}

QJsonObject TestNotebooksPage::stored(const QString &plural, const QString &name) const
{
    const QString group = plural == u"notebooks" ? u"kubeflow.org"_qs : QString();
    const sim::SimKind *kind = sim::findSimKind(group, u"v1"_qs, plural);
    const sim::SimResult r = m_cluster.store()->get(*kind, kNamespace, name);
    return r.ok() ? r.body : QJsonObject();
}

bool TestNotebooksPage::select(views::NotebooksPage *page, const QString &name)
{
    if (!QTest::qWaitFor([&] { return page->model()->rowOf(name) >= 0; }, 15000))
        return false;
    const QModelIndex index =
        page->model()->index(page->model()->rowOf(name), views::NotebookListModel::NameColumn);
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {},
                      page->table()->visualRect(index).center());
    return page->selectedNotebook() == name;
}

void TestNotebooksPage::spawnFormCreatesWhatTheWebAppCreates()
{
    auto p = page();
    QVERIFY(p);
    QTRY_VERIFY_WITH_TIMEOUT(p->isEnabled() && !p->unavailable()->text().contains(u"Connecting"),
                             10000);
    QTest::keyClick(p->table(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(p->spawnDialog() && p->spawnDialog()->isVisible(), 10000);
    views::SpawnDialog *form = p->spawnDialog();

    // The form starts from the cluster's configuration.
    QCOMPARE(form->resources()->cpuEdit()->text(), u"0.5"_qs);
    QCOMPARE(form->resources()->cpuLimitEdit()->text(), QString()); // factor "none"
    QCOMPARE(form->resources()->memoryEdit()->text(), u"1Gi"_qs);
    QCOMPARE(form->resources()->memoryLimitEdit()->text(), u"1.2Gi"_qs);
    QVERIFY(!form->sharedMemoryCheck()->isChecked());
    QVERIFY(!form->launchButton()->isEnabled()); // no name yet

    QTest::keyClicks(form->nameEdit(), u"lab-one"_qs);
    QCOMPARE(form->workspaceNameEdit()->text(), u"lab-one-workspace"_qs);
    replaceText(form->resources()->cpuEdit(), u"2"_qs);
    replaceText(form->resources()->memoryEdit(), u"4Gi"_qs);
    // The memory limit follows the request by the factor.
    QCOMPARE(form->resources()->memoryLimitEdit()->text(), u"4.8Gi"_qs);
    replaceText(form->workspaceSizeEdit(), u"20Gi"_qs);
    // The namespace's PodDefault, by its label.
    QListWidget *configurations = form->configurationList();
    QCOMPARE(configurations->count(), 1);
    QListWidgetItem *pipelines = configurations->item(0);
    QVERIFY(pipelines->text().contains(u"Allow access to Kubeflow Pipelines"_qs));
    pipelines->setCheckState(Qt::Checked);
    auto *tolerations = form->findChildren<QComboBox *>().at(0);
    for (QComboBox *box : form->findChildren<QComboBox *>()) {
        if (box->findText(u"Big nodes"_qs) >= 0)
            tolerations = box;
    }
    tolerations->setCurrentIndex(tolerations->findText(u"Big nodes"_qs));
    QTest::mouseClick(form->sharedMemoryCheck(), Qt::LeftButton, {},
                      QPoint(4, form->sharedMemoryCheck()->height() / 2));
    QVERIFY(form->sharedMemoryCheck()->isChecked());
    QTRY_VERIFY(form->launchButton()->isEnabled());
    // The preview shows what will be created.
    const QString preview = form->preview()->toPlainText();
    QVERIFY2(preview.contains(u"name: lab-one-workspace"_qs), qPrintable(preview));
    QVERIFY2(preview.contains(u"access-ml-pipeline: 'true'"_qs), qPrintable(preview));

    QTest::mouseClick(form->launchButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!p->spawnDialog(), 10000);

    const QJsonObject notebook = stored(u"notebooks"_qs, u"lab-one"_qs);
    QVERIFY2(!notebook.isEmpty(), "the notebook was not created");
    const QJsonObject metadata = notebook[u"metadata"_qs].toObject();
    QCOMPARE(metadata[u"labels"_qs].toObject(),
             json(R"({"app": "lab-one", "access-ml-pipeline": "true"})"));
    QJsonObject annotations = metadata[u"annotations"_qs].toObject();
    QCOMPARE(annotations.take(u"notebooks.kubeflow.org/server-type"_qs).toString(), u"jupyter"_qs);
    QCOMPARE(annotations.take(u"notebooks.kubeflow.org/creator"_qs).toString(), kUser);
    QCOMPARE(notebook[u"spec"_qs].toObject(), json(R"({"template": {"spec": {
        "serviceAccountName": "default-editor",
        "containers": [{
          "name": "lab-one",
          "image": "ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-scipy:v1.10.0",
          "imagePullPolicy": "IfNotPresent",
          "volumeMounts": [{"mountPath": "/dev/shm", "name": "dshm"},
                           {"mountPath": "/home/jovyan", "name": "lab-one-workspace"}],
          "env": [],
          "resources": {"requests": {"cpu": "2", "memory": "4Gi"},
                        "limits": {"memory": "4.8Gi"}}}],
        "volumes": [{"name": "dshm", "emptyDir": {"medium": "Memory"}},
                    {"name": "lab-one-workspace",
                     "persistentVolumeClaim": {"claimName": "lab-one-workspace"}}],
        "tolerations": [{"key": "dedicated", "operator": "Equal", "value": "big",
                         "effect": "NoSchedule"}]}}})"));
    const QJsonObject pvc = stored(u"persistentvolumeclaims"_qs, u"lab-one-workspace"_qs);
    QVERIFY2(!pvc.isEmpty(), "the workspace volume was not created");
    QCOMPARE(pvc[u"spec"_qs][u"accessModes"_qs].toArray(), QJsonArray{u"ReadWriteOnce"_qs});
    QCOMPARE(pvc[u"spec"_qs][u"resources"_qs].toObject(),
             json(R"({"requests": {"storage": "20Gi"}})"));
    QVERIFY(!pvc[u"spec"_qs].toObject().contains(u"storageClassName"_qs));

    // The new notebook shows in the list, selected.
    QTRY_VERIFY_WITH_TIMEOUT(p->model()->rowOf(u"lab-one"_qs) >= 0, 10000);
}

void TestNotebooksPage::createdNotebookPassesTheCrdSchema()
{
    if (!m_haveSchemas)
        QSKIP("KFW_CONFORMANCE_DIR/kubeflow/crd is absent: the created Notebook is not checked "
              "against the Notebook CRD");
    // The simulator admitted it under the CRD already; checked again strictly here, so that a
    // field the schema does not know would fail rather than be pruned.
    QJsonObject notebook = stored(u"notebooks"_qs, u"lab-one"_qs);
    QVERIFY(!notebook.isEmpty());
    const sim::SimKind *kind = sim::findSimKind(u"kubeflow.org"_qs, u"v1"_qs, u"notebooks"_qs);
    const sim::SimAdmission admission =
        m_schemas.admit(*kind, &notebook, sim::FieldValidation::Strict);
    QVERIFY2(!admission.refusal,
             admission.refusal ? QJsonDocument(admission.refusal->body).toJson().constData() : "");
}

void TestNotebooksPage::badInputKeepsLaunchDisabled()
{
    auto p = page();
    QVERIFY(p);
    QTRY_VERIFY_WITH_TIMEOUT(p->unavailable()->text().isEmpty() || p->model()->rowCount() > 0,
                             10000);
    p->newNotebook();
    QTRY_VERIFY_WITH_TIMEOUT(p->spawnDialog() && p->spawnDialog()->isVisible(), 10000);
    views::SpawnDialog *form = p->spawnDialog();
    QTest::keyClicks(form->nameEdit(), u"Lab_Two"_qs);
    QVERIFY(!form->launchButton()->isEnabled());
    QVERIFY2(form->problems()->text().startsWith(u"Name:"_qs),
             qPrintable(form->problems()->text()));
    replaceText(form->nameEdit(), u"lab-two"_qs);
    replaceText(form->resources()->cpuEdit(), u"two"_qs);
    QVERIFY(!form->launchButton()->isEnabled());
    QVERIFY2(form->problems()->text().startsWith(u"CPU:"_qs), qPrintable(form->problems()->text()));
    replaceText(form->resources()->cpuEdit(), u"2"_qs);
    QTest::keyClicks(form->resources()->cpuLimitEdit(), u"1"_qs);
    QVERIFY2(form->problems()->text().contains(u"must not be smaller than the request"_qs),
             qPrintable(form->problems()->text()));
    replaceText(form->resources()->cpuLimitEdit(), u"3"_qs);
    QTRY_VERIFY(form->launchButton()->isEnabled());

    // An existing volume as the workspace: nothing is created but the notebook.
    QCheckBox *existing = form->workspaceExistingCheck();
    QTest::mouseClick(existing, Qt::LeftButton, {}, QPoint(4, existing->height() / 2));
    QVERIFY(existing->isChecked());
    QVERIFY(!form->workspaceSizeEdit()->isEnabled());
    QVERIFY(!form->launchButton()->isEnabled()); // which volume?
    QTest::keyClicks(form->workspaceNameEdit(), u"shared-notes"_qs);
    QTRY_VERIFY(form->launchButton()->isEnabled());
    const QString preview = form->preview()->toPlainText();
    QVERIFY2(!preview.contains(u"kind: PersistentVolumeClaim"_qs), qPrintable(preview));
    QVERIFY2(preview.contains(u"claimName: shared-notes"_qs), qPrintable(preview));
    form->reject();
    QTRY_VERIFY(!p->spawnDialog());
    QVERIFY(stored(u"notebooks"_qs, u"lab-two"_qs).isEmpty());
}

void TestNotebooksPage::stopAndStart()
{
    auto p = page();
    QVERIFY(p);
    QVERIFY(select(p.get(), u"lab-one"_qs));
    QTest::keyClick(p->table(), Qt::Key_T, Qt::ControlModifier);
    static const QRegularExpression rfc3339(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    QTRY_VERIFY_WITH_TIMEOUT(
        stored(u"notebooks"_qs, u"lab-one"_qs)[u"metadata"_qs][u"annotations"_qs]
            .toObject()
            .contains(u"kubeflow-resource-stopped"_qs),
        10000);
    const QString at =
        stored(u"notebooks"_qs,
               u"lab-one"_qs)[u"metadata"_qs][u"annotations"_qs][u"kubeflow-resource-stopped"_qs]
            .toString();
    QVERIFY2(rfc3339.match(at).hasMatch(), qPrintable(at));
    // The list follows: the notebook shows stopped, and the action becomes Start.
    QTRY_VERIFY_WITH_TIMEOUT(p->model()->notebook(p->model()->rowOf(u"lab-one"_qs))->stopped,
                             10000);
    QCOMPARE(p->findChild<QAction *>(u"notebooks.startStop"_qs)->text(), u"Start"_qs);
    QTest::keyClick(p->table(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        !stored(u"notebooks"_qs, u"lab-one"_qs)[u"metadata"_qs][u"annotations"_qs]
             .toObject()
             .contains(u"kubeflow-resource-stopped"_qs),
        10000);
}

void TestNotebooksPage::resourcesOfAStoppedNotebook()
{
    auto p = page();
    QVERIFY(p);
    QVERIFY(select(p.get(), u"lab-one"_qs));
    // A running notebook is not changed: the page says to stop it first.
    QTRY_VERIFY_WITH_TIMEOUT(!p->model()->notebook(p->model()->rowOf(u"lab-one"_qs))->stopped,
                             10000);
    p->editResources();
    QVERIFY2(p->message()->text().contains(u"Stop lab-one first"_qs),
             qPrintable(p->message()->text()));
    QTest::keyClick(p->table(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(p->model()->notebook(p->model()->rowOf(u"lab-one"_qs))->stopped,
                             10000);
    QVERIFY(p->findChild<QAction *>(u"notebooks.resources"_qs)->isEnabled());
    QTest::keyClick(p->table(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(p->resourcesDialog() && p->resourcesDialog()->isVisible(), 10000);
    QDialog *dialog = p->resourcesDialog();
    auto *fields = dialog->findChild<views::ResourceFields *>();
    QVERIFY(fields);
    QCOMPARE(fields->cpuEdit()->text(), u"2"_qs);
    replaceText(fields->cpuEdit(), u"4"_qs);
    replaceText(fields->memoryEdit(), u"8Gi"_qs);
    fields->gpuBox()->setValue(1);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        stored(u"notebooks"_qs, u"lab-one"_qs)[u"spec"_qs][u"template"_qs][u"spec"_qs]
                                              [u"containers"_qs][0][u"resources"_qs]
                                                  .toObject(),
        json(R"({"requests": {"cpu": "4", "memory": "8Gi"},
                 "limits": {"memory": "9.6Gi", "nvidia.com/gpu": "1"}})"),
        10000);
}

void TestNotebooksPage::connectThroughTheGateway()
{
    auto p = page(true);
    QVERIFY(p);
    QVERIFY(select(p.get(), u"lab-one"_qs));
    // Started again after the resources changed: the simulated controller makes it ready.
    QTest::keyClick(p->table(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(p->model()->notebook(p->model()->rowOf(u"lab-one"_qs))->status.phase ==
                                 NotebookPhase::Ready,
                             20000);
    QTest::keyClick(p->table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(p->browser() && p->browser()->view(u"team-lab/lab-one"_qs), 10000);
    QWebEngineView *view = p->browser()->view(u"team-lab/lab-one"_qs);
    // The notebook server's own page, reached with the user's gateway credentials.
    QTRY_COMPARE_WITH_TIMEOUT(view->title(), u"JupyterLab · team-lab/lab-one"_qs, 20000);
    QCOMPARE(view->url().path(), u"/notebook/team-lab/lab-one/"_qs);
}

void TestNotebooksPage::connectByPortForward()
{
    // Through the API server only: the notebook is reached by a port-forward to its pod.
    auto p = page();
    QVERIFY(p);
    QVERIFY(select(p.get(), u"lab-one"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(p->model()->notebook(p->model()->rowOf(u"lab-one"_qs))->status.phase ==
                                 NotebookPhase::Ready,
                             20000);
    QTest::keyClick(p->table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(p->browser() && p->browser()->view(u"team-lab/lab-one"_qs), 10000);
    QWebEngineView *view = p->browser()->view(u"team-lab/lab-one"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(view->title(), u"JupyterLab · team-lab/lab-one"_qs, 20000);
    QCOMPARE(view->url().host(), u"127.0.0.1"_qs);
    QVERIFY(view->url().port() != int(m_cluster.port()));
    QCOMPARE(view->url().path(), u"/notebook/team-lab/lab-one/"_qs);
}

void TestNotebooksPage::portForwardRefusedForAViewer()
{
    // A viewer lists the notebooks but may not forward ports to their pods: the page says so.
    auto p = page(false, u"viewer"_qs);
    QVERIFY(p);
    QVERIFY(select(p.get(), u"lab-one"_qs));
    QTest::keyClick(p->table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(p->message()->text().contains(u"The connection to lab-one failed"_qs),
                             20000);
    QVERIFY2(p->message()->text().contains(
                 u"You may not forward ports to pods in this namespace (the pods/portforward "
                 "permission)"_qs),
             qPrintable(p->message()->text()));
}

void TestNotebooksPage::volumes()
{
    auto p = page();
    QVERIFY(p);
    auto *sections = p->findChild<QTabWidget *>(u"notebookSections"_qs);
    QVERIFY(sections);
    sections->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(p->volumeTable()->rowCount() > 0, 10000);
    const auto row = [&p](const QString &name) {
        for (int r = 0; r < p->volumeTable()->rowCount(); ++r) {
            if (p->volumeTable()->item(r, 0)->text() == name)
                return r;
        }
        return -1;
    };
    // The workspace made with the notebook, and who uses it.
    QVERIFY(row(u"lab-one-workspace"_qs) >= 0);
    QCOMPARE(p->volumeTable()->item(row(u"lab-one-workspace"_qs), 5)->text(), u"lab-one"_qs);

    QTest::mouseClick(p->findChild<QPushButton *>(u"newVolume"_qs), Qt::LeftButton);
    QTRY_VERIFY(p->volumeDialog() && p->volumeDialog()->isVisible());
    QDialog *dialog = p->volumeDialog();
    auto *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"volumeName"_qs), u"shared-data"_qs);
    replaceText(dialog->findChild<QLineEdit *>(u"volumeSize"_qs), u"lots"_qs);
    QVERIFY(!create->isEnabled());
    replaceText(dialog->findChild<QLineEdit *>(u"volumeSize"_qs), u"50Gi"_qs);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row(u"shared-data"_qs) >= 0, 10000);
    QCOMPARE(p->volumeTable()->item(row(u"shared-data"_qs), 5)->text(), u"no notebook"_qs);
    const QJsonObject pvc = stored(u"persistentvolumeclaims"_qs, u"shared-data"_qs);
    QCOMPARE(pvc[u"spec"_qs][u"resources"_qs].toObject(),
             json(R"({"requests": {"storage": "50Gi"}})"));

    // A volume a notebook mounts stays.
    NotebookService *service = m_registries.back()->active()->notebooks();
    const auto refused = testing::waitFor(service->removeVolume(u"lab-one-workspace"_qs));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"mounted by lab-one"_qs), qPrintable(refused.error));
    QVERIFY(!stored(u"persistentvolumeclaims"_qs, u"lab-one-workspace"_qs).isEmpty());
    QVERIFY(testing::waitFor(service->removeVolume(u"shared-data"_qs)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(row(u"shared-data"_qs) < 0, 10000);
}

namespace {

// A stand-in for jupyter-lab: serves a page titled with the folder it was started in, to the
// token it was given only, after printing its URL as Jupyter does.
const char kJupyterStandIn[] = R"(#!/usr/bin/env python3
import http.server, os, sys
args = dict(a[2:].split('=', 1) for a in sys.argv[1:] if a.startswith('--') and '=' in a)
port, token = int(args['port']), args['ServerApp.token']
root = os.path.basename(args['ServerApp.root_dir'])
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = ('token=' + token) in self.path
        body = ('<html><head><title>%s</title></head></html>' %
                ('Lab in ' + root if ok else 'Forbidden')).encode()
        self.send_response(200 if ok else 403)
        self.send_header('Content-Type', 'text/html')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(('127.0.0.1', port), Handler)
print('Jupyter Server is running at: http://127.0.0.1:%d/lab?token=%s' % (port, token), flush=True)
server.serve_forever()
)";

} // namespace

void TestNotebooksPage::localJupyter()
{
    QTemporaryDir dir;
    const QString program = dir.filePath(u"jupyter-lab"_qs);
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(kJupyterStandIn);
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("KFW_JUPYTER", program.toLocal8Bit());
    QVERIFY(QDir(dir.path()).mkpath(u"analysis"_qs));

    const auto registry =
        testing::registryWith(std::make_unique<local::LocalBackend>(dir.filePath(u"data"_qs)));
    ui::ShellContext shell;
    shell.backends = registry.get();
    views::NotebooksPage p(shell);
    p.resize(1000, 600);
    p.show();
    QVERIFY(p.localFolderEdit()->isVisible());
    replaceText(p.localFolderEdit(), dir.filePath(u"analysis"_qs));
    QTest::keyClick(p.localFolderEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(p.browser() && p.browser()->view(u"Local: analysis"_qs), 20000);
    QWebEngineView *view = p.browser()->view(u"Local: analysis"_qs);
    // The server got the folder and the token, and the tab carries the token.
    QTRY_COMPARE_WITH_TIMEOUT(view->title(), u"Lab in analysis"_qs, 20000);
    QCOMPARE(p.localServerTable()->rowCount(), 1);
    QCOMPARE(p.localServerTable()->item(0, 0)->text(), dir.filePath(u"analysis"_qs));
    QVERIFY(!p.localServerTable()->item(0, 2)->text().contains(u"token"_qs));

    LocalNotebookService *local = registry->active()->localNotebooks();
    QVERIFY(local->servers().value(0).pid > 0);
    p.localServerTable()->selectRow(0);
    QTest::mouseClick(p.findChild<QPushButton *>(u"stopLocalJupyter"_qs), Qt::LeftButton);
    // Listed until the process has exited.
    QTRY_COMPARE_WITH_TIMEOUT(p.localServerTable()->rowCount(), 0, 15000);
    QVERIFY(local->servers().isEmpty());
    qunsetenv("KFW_JUPYTER");
}

void TestNotebooksPage::localJupyterNotInstalled()
{
    QTemporaryDir dir;
    qputenv("KFW_JUPYTER", dir.filePath(u"no-such-jupyter"_qs).toLocal8Bit());
    const auto registry =
        testing::registryWith(std::make_unique<local::LocalBackend>(dir.filePath(u"data"_qs)));
    ui::ShellContext shell;
    shell.backends = registry.get();
    views::NotebooksPage p(shell);
    p.show();
    replaceText(p.localFolderEdit(), dir.path());
    QTest::mouseClick(p.findChild<QPushButton *>(u"startLocalJupyter"_qs), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(p.message()->text().contains(u"Jupyter is not installed"_qs), 10000);
    QVERIFY2(p.message()->text().contains(u"pipx install jupyterlab"_qs),
             qPrintable(p.message()->text()));
    QCOMPARE(p.localServerTable()->rowCount(), 0);
    qunsetenv("KFW_JUPYTER");
}

void TestNotebooksPage::localBackendOffersLocalJupyter()
{
    QTemporaryDir dir;
    const auto registry =
        testing::registryWith(std::make_unique<local::LocalBackend>(dir.filePath(u"data"_qs)));
    ui::ShellContext shell;
    shell.backends = registry.get();
    views::NotebooksPage p(shell);
    p.show();
    // Jupyter on this computer instead; Kubeflow's notebook servers are on clusters.
    QVERIFY(!p.unavailable()->isVisible());
    QVERIFY(p.localFolderEdit()->isVisible());
    QVERIFY(!p.table()->isVisible());
    QVERIFY(!p.findChild<QAction *>(u"notebooks.new"_qs)->isEnabled());
}

int main(int argc, char **argv)
{
    // The web view of a connected notebook, as the workbench's main() sets it up.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-dev-shm-usage");
    QApplication app(argc, argv);
    TestNotebooksPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notebookspage.moc"
