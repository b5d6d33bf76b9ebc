#include "views/notebooks/spawndialog.h"

#include "cluster/pipelinespec/yamlvalue.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kfw::views {

using namespace kfw::backend;

namespace {

// Data volume table columns.
enum VolumeColumn
{
    VolumeName,
    VolumeSize, // empty: an existing claim
    VolumeMount,
};

QString yamlOf(const NotebookPlan &plan)
{
    QList<pipelinespec::YamlValue> docs;
    for (const QJsonObject &pvc : plan.volumes)
        docs << pipelinespec::YamlValue::fromJson(pvc);
    docs << pipelinespec::YamlValue::fromJson(plan.notebook);
    pipelinespec::YamlWriter::Options options;
    options.sortKeys = false;
    return QString::fromUtf8(pipelinespec::YamlWriter::writeAll(docs, options));
}

} // namespace

ResourceFields::ResourceFields(const SpawnerConfig &config, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto pair = [this, form](const QString &label, QLineEdit **request, QLineEdit **limit,
                                   const char *requestName, const char *limitName, bool readOnly) {
        auto *row = new QHBoxLayout;
        *request = new QLineEdit(this);
        (*request)->setObjectName(QString::fromLatin1(requestName));
        *limit = new QLineEdit(this);
        (*limit)->setObjectName(QString::fromLatin1(limitName));
        (*limit)->setPlaceholderText(tr("no limit"));
        row->addWidget(*request, 1);
        row->addWidget(new QLabel(tr("limit"), this));
        row->addWidget(*limit, 1);
        (*request)->setReadOnly(readOnly);
        (*limit)->setReadOnly(readOnly);
        if (readOnly)
            (*request)->setToolTip(tr("Set by the cluster's administrator"));
        form->addRow(label, row);
    };
    pair(tr("CPU"), &m_cpu, &m_cpuLimit, "spawnCpu", "spawnCpuLimit", config.cpu.readOnly);
    pair(tr("Memory"), &m_memory, &m_memoryLimit, "spawnMemory", "spawnMemoryLimit",
         config.memory.readOnly);
    m_cpu->setToolTip(tr("CPU cores to reserve, e.g. 0.5 or 2"));
    m_memory->setToolTip(tr("Memory to reserve, e.g. 1Gi or 512Mi"));

    auto *gpuRow = new QHBoxLayout;
    m_gpus = new QSpinBox(this);
    m_gpus->setObjectName(QStringLiteral("spawnGpus"));
    m_gpus->setRange(0, 16);
    m_gpus->setSpecialValueText(tr("None"));
    m_vendor = new QComboBox(this);
    m_vendor->setObjectName(QStringLiteral("spawnGpuVendor"));
    for (const auto &[key, title] : config.gpuVendors)
        m_vendor->addItem(title, key);
    gpuRow->addWidget(m_gpus);
    gpuRow->addWidget(m_vendor, 1);
    m_gpus->setEnabled(!config.gpuCount.readOnly);
    m_vendor->setEnabled(!config.gpuVendor.readOnly);
    form->addRow(tr("GPUs"), gpuRow);

    connect(m_cpu, &QLineEdit::textEdited, this, &ResourceFields::followFactors);
    connect(m_memory, &QLineEdit::textEdited, this, &ResourceFields::followFactors);
    // A limit the user typed stays; clearing it lets it follow the request again.
    connect(m_cpuLimit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_cpuLimitSet = !text.isEmpty(); });
    connect(m_memoryLimit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_memoryLimitSet = !text.isEmpty(); });
    for (QLineEdit *e : {m_cpu, m_cpuLimit, m_memory, m_memoryLimit})
        connect(e, &QLineEdit::textChanged, this, &ResourceFields::changed);
    connect(m_gpus, &QSpinBox::valueChanged, this, [this](int n) {
        m_vendor->setEnabled(n > 0 && !m_config.gpuVendor.readOnly);
        emit changed();
    });
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &ResourceFields::changed);
}

void ResourceFields::followFactors()
{
    if (!m_cpuLimitSet)
        m_cpuLimit->setText(scaledLimit(m_cpu->text().trimmed(), m_config.cpuLimitFactor));
    if (!m_memoryLimitSet)
        m_memoryLimit->setText(scaledLimit(m_memory->text().trimmed(), m_config.memoryLimitFactor));
}

void ResourceFields::setValues(const QString &cpu, const QString &cpuLimit, const QString &memory,
                               const QString &memoryLimit, int gpus, const QString &gpuVendor)
{
    m_cpu->setText(cpu);
    m_memory->setText(memory);
    m_cpuLimit->setText(cpuLimit);
    m_memoryLimit->setText(memoryLimit);
    m_cpuLimitSet = cpuLimit != scaledLimit(cpu, m_config.cpuLimitFactor);
    m_memoryLimitSet = memoryLimit != scaledLimit(memory, m_config.memoryLimitFactor);
    const int vendor = m_vendor->findData(gpuVendor);
    if (vendor >= 0)
        m_vendor->setCurrentIndex(vendor);
    m_gpus->setValue(gpus);
    m_vendor->setEnabled(gpus > 0 && !m_config.gpuVendor.readOnly);
}

QString ResourceFields::cpu() const
{
    return m_cpu->text().trimmed();
}

QString ResourceFields::cpuLimit() const
{
    return m_cpuLimit->text().trimmed();
}

QString ResourceFields::memory() const
{
    return m_memory->text().trimmed();
}

QString ResourceFields::memoryLimit() const
{
    return m_memoryLimit->text().trimmed();
}

int ResourceFields::gpus() const
{
    return m_gpus->value();
}

QString ResourceFields::gpuVendor() const
{
    return m_gpus->value() > 0 ? m_vendor->currentData().toString() : QString();
}

SpawnDialog::SpawnDialog(NotebookService *service, const SpawnerConfig &config,
                         const QList<PodDefaultInfo> &podDefaults, const QString &creator,
                         QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_config(config)
    , m_creator(creator)
{
    setWindowTitle(tr("New Notebook Server in %1").arg(service->currentNamespace()));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto *formHost = new QWidget(scroll);
    scroll->setWidget(formHost);
    auto *formLayout = new QVBoxLayout(formHost);

    auto *basics = new QGroupBox(tr("Server"), formHost);
    auto *basicForm = new QFormLayout(basics);
    m_name = new QLineEdit(basics);
    m_name->setObjectName(QStringLiteral("spawnName"));
    m_name->setPlaceholderText(tr("e.g. churn-analysis"));
    basicForm->addRow(tr("&Name"), m_name);
    m_type = new QComboBox(basics);
    m_type->setObjectName(QStringLiteral("spawnType"));
    for (ServerType t : {ServerType::Jupyter, ServerType::GroupOne, ServerType::GroupTwo})
        m_type->addItem(serverTypeTitle(t), int(t));
    basicForm->addRow(tr("&Type"), m_type);
    m_image = new QComboBox(basics);
    m_image->setObjectName(QStringLiteral("spawnImage"));
    m_image->setEditable(config.allowCustomImage);
    m_image->setToolTip(config.allowCustomImage ? tr("Choose an image or type your own")
                                                : tr("This cluster offers only these images"));
    basicForm->addRow(tr("&Image"), m_image);
    m_pullPolicy = new QComboBox(basics);
    m_pullPolicy->addItems(
        {QStringLiteral("IfNotPresent"), QStringLiteral("Always"), QStringLiteral("Never")});
    m_pullPolicy->setCurrentText(config.pullPolicy.value);
    m_pullPolicy->setEnabled(!config.pullPolicy.readOnly);
    basicForm->addRow(tr("Pull policy"), m_pullPolicy);
    formLayout->addWidget(basics);

    auto *resourcesBox = new QGroupBox(tr("Resources"), formHost);
    auto *resourcesLayout = new QVBoxLayout(resourcesBox);
    m_resources = new ResourceFields(config, resourcesBox);
    resourcesLayout->addWidget(m_resources);
    formLayout->addWidget(resourcesBox);

    auto *workspaceBox = new QGroupBox(tr("Workspace volume"), formHost);
    auto *workspaceForm = new QFormLayout(workspaceBox);
    m_workspace =
        new QCheckBox(tr("Create a workspace volume mounted at the home folder"), workspaceBox);
    m_workspace->setObjectName(QStringLiteral("spawnWorkspace"));
    workspaceForm->addRow(m_workspace);
    m_workspaceExisting = new QCheckBox(tr("Use an existing volume"), workspaceBox);
    m_workspaceExisting->setObjectName(QStringLiteral("spawnWorkspaceExisting"));
    m_workspaceExisting->setToolTip(tr("Mount a volume of the namespace that exists already (its "
                                       "files stay as they are)"));
    workspaceForm->addRow(m_workspaceExisting);
    m_workspaceName = new QLineEdit(workspaceBox);
    m_workspaceName->setObjectName(QStringLiteral("spawnWorkspaceName"));
    workspaceForm->addRow(tr("Volume name"), m_workspaceName);
    m_workspaceSize = new QLineEdit(workspaceBox);
    m_workspaceSize->setObjectName(QStringLiteral("spawnWorkspaceSize"));
    workspaceForm->addRow(tr("Size"), m_workspaceSize);
    m_workspaceMode = new QComboBox(workspaceBox);
    m_workspaceMode->addItems({QStringLiteral("ReadWriteOnce"), QStringLiteral("ReadWriteMany"),
                               QStringLiteral("ReadOnlyMany")});
    workspaceForm->addRow(tr("Access mode"), m_workspaceMode);
    m_workspaceClass = new QLineEdit(workspaceBox);
    m_workspaceClass->setPlaceholderText(tr("the cluster's default class"));
    workspaceForm->addRow(tr("Storage class"), m_workspaceClass);
    workspaceBox->setEnabled(!config.workspace.readOnly);
    formLayout->addWidget(workspaceBox);

    auto *dataBox = new QGroupBox(tr("Data volumes"), formHost);
    auto *dataLayout = new QVBoxLayout(dataBox);
    m_dataVolumes = new QTableWidget(0, 3, dataBox);
    m_dataVolumes->setObjectName(QStringLiteral("spawnDataVolumes"));
    m_dataVolumes->setHorizontalHeaderLabels({tr("Volume"), tr("Size"), tr("Mount path")});
    m_dataVolumes->horizontalHeader()->setSectionResizeMode(VolumeMount, QHeaderView::Stretch);
    m_dataVolumes->verticalHeader()->hide();
    m_dataVolumes->setToolTip(tr("A row with a size makes a new volume; without one it mounts an "
                                 "existing volume of that name"));
    m_dataVolumes->setMinimumHeight(90);
    dataLayout->addWidget(m_dataVolumes);
    auto *dataButtons = new QHBoxLayout;
    auto *addVolume = new QPushButton(tr("Add Volume"), dataBox);
    auto *removeVolume = new QPushButton(tr("Remove Volume"), dataBox);
    dataButtons->addWidget(addVolume);
    dataButtons->addWidget(removeVolume);
    dataButtons->addStretch(1);
    dataLayout->addLayout(dataButtons);
    dataBox->setEnabled(!config.dataVolumes.readOnly);
    formLayout->addWidget(dataBox);
    connect(addVolume, &QPushButton::clicked, this, [this] {
        const int row = m_dataVolumes->rowCount();
        const QString name =
            QStringLiteral("%1-datavol-%2")
                .arg(m_name->text().trimmed().isEmpty() ? QStringLiteral("notebook")
                                                        : m_name->text().trimmed())
                .arg(row + 1);
        m_dataVolumes->insertRow(row);
        m_dataVolumes->setItem(row, VolumeName, new QTableWidgetItem(name));
        m_dataVolumes->setItem(row, VolumeSize, new QTableWidgetItem(QStringLiteral("5Gi")));
        m_dataVolumes->setItem(row, VolumeMount,
                               new QTableWidgetItem(QStringLiteral("/home/jovyan/") + name));
        m_dataVolumes->setCurrentCell(row, VolumeName);
        update();
    });
    connect(removeVolume, &QPushButton::clicked, this, [this] {
        if (m_dataVolumes->currentRow() >= 0)
            m_dataVolumes->removeRow(m_dataVolumes->currentRow());
        update();
    });
    connect(m_dataVolumes, &QTableWidget::itemChanged, this, &SpawnDialog::update);

    auto *advanced = new QGroupBox(tr("Configurations and scheduling"), formHost);
    auto *advancedForm = new QFormLayout(advanced);
    m_configurations = new QListWidget(advanced);
    m_configurations->setObjectName(QStringLiteral("spawnConfigurations"));
    m_configurations->setMaximumHeight(110);
    for (const PodDefaultInfo &p : podDefaults) {
        auto *item = new QListWidgetItem(
            p.description.isEmpty() ? p.name : QStringLiteral("%1 — %2").arg(p.name, p.description),
            m_configurations);
        item->setData(Qt::UserRole, p.label);
        item->setToolTip(tr("PodDefault %1 (label %2)").arg(p.name, p.label));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(config.configurations.value.contains(p.label) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    if (podDefaults.isEmpty()) {
        auto *none =
            new QListWidgetItem(tr("This namespace has no PodDefaults."), m_configurations);
        none->setFlags(Qt::NoItemFlags);
    }
    m_configurations->setEnabled(!config.configurations.readOnly);
    advancedForm->addRow(tr("Configurations"), m_configurations);
    const auto options = [this, advanced](const QList<SpawnerOption> &list, const QString &value,
                                          bool readOnly) {
        auto *box = new QComboBox(advanced);
        box->addItem(tr("None"), QString());
        for (const SpawnerOption &o : list)
            box->addItem(o.displayName, o.key);
        box->setCurrentIndex(std::max(0, box->findData(value)));
        box->setEnabled(!readOnly && !list.isEmpty());
        connect(box, &QComboBox::currentIndexChanged, this, &SpawnDialog::update);
        return box;
    };
    m_affinity = options(config.affinityOptions, config.affinity.value, config.affinity.readOnly);
    advancedForm->addRow(tr("Affinity"), m_affinity);
    m_tolerations = options(config.tolerationOptions, config.tolerationGroup.value,
                            config.tolerationGroup.readOnly);
    advancedForm->addRow(tr("Tolerations"), m_tolerations);
    m_shm = new QCheckBox(tr("Enable shared memory (/dev/shm in memory, for PyTorch data "
                             "loaders)"),
                          advanced);
    m_shm->setObjectName(QStringLiteral("spawnSharedMemory"));
    m_shm->setEnabled(!config.sharedMemory.readOnly);
    advancedForm->addRow(m_shm);
    formLayout->addWidget(advanced);
    m_source = new QLabel(tr("Form defaults: %1").arg(config.source), formHost);
    m_source->setWordWrap(true);
    m_source->setStyleSheet(QStringLiteral("color: palette(mid)"));
    formLayout->addWidget(m_source);
    formLayout->addStretch(1);

    auto *previewHost = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewHost);
    previewLayout->setContentsMargins(6, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("What will be created"), previewHost));
    m_preview = new QPlainTextEdit(previewHost);
    m_preview->setObjectName(QStringLiteral("spawnPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    previewLayout->addWidget(m_preview, 1);
    splitter->setSizes({560, 520});

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("spawnProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d32f2f"));
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    launchButton()->setText(tr("&Launch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SpawnDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &SpawnDialog::onTypeChanged);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        // The volume is named after the notebook (the web app's "{notebook-name}") until the
        // user names it.
        const QString name = m_name->text().trimmed();
        QString claim = m_config.workspace.value.value(0).claim;
        if (!name.isEmpty())
            claim.replace(QStringLiteral("{notebook-name}"), name);
        if (!m_workspaceNamed)
            m_workspaceName->setText(claim);
        update();
    });
    connect(m_workspaceName, &QLineEdit::textEdited, this, [this] { m_workspaceNamed = true; });
    for (QLineEdit *e : {m_workspaceName, m_workspaceSize, m_workspaceClass})
        connect(e, &QLineEdit::textChanged, this, &SpawnDialog::update);
    connect(m_image, &QComboBox::currentTextChanged, this, &SpawnDialog::update);
    connect(m_pullPolicy, &QComboBox::currentIndexChanged, this, &SpawnDialog::update);
    connect(m_resources, &ResourceFields::changed, this, &SpawnDialog::update);
    connect(m_workspace, &QCheckBox::toggled, this, &SpawnDialog::updateWorkspaceFields);
    connect(m_workspaceExisting, &QCheckBox::toggled, this, [this](bool existing) {
        // An existing volume is named by the user; a new one follows the notebook's name again.
        m_workspaceNamed = existing;
        if (existing)
            m_workspaceName->clear();
        else
            m_workspaceName->setText(
                QString(m_config.workspace.value.value(0).claim)
                    .replace(QStringLiteral("{notebook-name}"), m_name->text().trimmed()));
        updateWorkspaceFields();
    });
    connect(m_workspaceMode, &QComboBox::currentIndexChanged, this, &SpawnDialog::update);
    connect(m_configurations, &QListWidget::itemChanged, this, &SpawnDialog::update);
    connect(m_shm, &QCheckBox::toggled, this, &SpawnDialog::update);

    NotebookRequest start = defaultRequest(config);
    setRequest(start);
    m_name->setFocus();
}

QPushButton *SpawnDialog::launchButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SpawnDialog::onTypeChanged()
{
    const auto type = ServerType(m_type->currentData().toInt());
    const QStringList images = type == ServerType::GroupOne   ? m_config.imagesGroupOne.value
                               : type == ServerType::GroupTwo ? m_config.imagesGroupTwo.value
                                                              : m_config.images.value;
    const QSignalBlocker block(m_image);
    m_image->clear();
    for (const QString &image : images) {
        // hideRegistry/hideTag shorten what is shown; the full name is what is used.
        QString shown = image;
        if (m_config.hideRegistry && shown.count(u'/') >= 1)
            shown = shown.section(u'/', 1);
        if (m_config.hideTag && shown.contains(u':'))
            shown = shown.section(u':', 0, 0);
        m_image->addItem(shown, image);
        m_image->setItemData(m_image->count() - 1, image, Qt::ToolTipRole);
    }
    update();
}

void SpawnDialog::setRequest(const NotebookRequest &request)
{
    m_name->setText(request.name);
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(request.serverType))));
    onTypeChanged();
    const int image = m_image->findData(request.image);
    if (image >= 0)
        m_image->setCurrentIndex(image);
    else if (m_image->isEditable())
        m_image->setEditText(request.image);
    if (!request.pullPolicy.isEmpty())
        m_pullPolicy->setCurrentText(request.pullPolicy);
    m_resources->setValues(request.cpu, request.cpuLimit, request.memory, request.memoryLimit,
                           request.gpus, request.gpuVendor);
    m_workspace->setChecked(!request.workspace.isEmpty());
    const NotebookVolume w = request.workspace.value(0, m_config.workspace.value.value(0));
    m_workspaceName->setText(
        request.name.isEmpty()
            ? w.claim
            : QString(w.claim).replace(QStringLiteral("{notebook-name}"), request.name));
    m_workspaceNamed = !request.workspace.isEmpty() && !w.claim.contains(u"{notebook-name}") &&
                       !request.name.isEmpty();
    m_workspaceSize->setText(w.size.isEmpty() ? QStringLiteral("5Gi") : w.size);
    m_workspaceMode->setCurrentText(w.accessMode.isEmpty() ? QStringLiteral("ReadWriteOnce")
                                                           : w.accessMode);
    m_workspaceClass->setText(w.storageClass);
    {
        const QSignalBlocker block(m_workspaceExisting);
        m_workspaceExisting->setChecked(!request.workspace.isEmpty() && !w.create);
    }
    updateWorkspaceFields();
    {
        const QSignalBlocker block(m_dataVolumes);
        m_dataVolumes->setRowCount(0);
        for (const NotebookVolume &v : request.dataVolumes) {
            const int row = m_dataVolumes->rowCount();
            m_dataVolumes->insertRow(row);
            m_dataVolumes->setItem(row, VolumeName,
                                   new QTableWidgetItem(QString(v.claim).replace(
                                       QStringLiteral("{notebook-name}"), request.name)));
            m_dataVolumes->setItem(row, VolumeSize,
                                   new QTableWidgetItem(v.create ? v.size : QString()));
            m_dataVolumes->setItem(row, VolumeMount, new QTableWidgetItem(v.mount));
        }
    }
    {
        const QSignalBlocker block(m_configurations);
        for (int i = 0; i < m_configurations->count(); ++i) {
            QListWidgetItem *item = m_configurations->item(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(
                    request.configurations.contains(item->data(Qt::UserRole).toString())
                        ? Qt::Checked
                        : Qt::Unchecked);
        }
    }
    m_affinity->setCurrentIndex(std::max(0, m_affinity->findData(request.affinity)));
    m_tolerations->setCurrentIndex(std::max(0, m_tolerations->findData(request.tolerationGroup)));
    m_shm->setChecked(request.sharedMemory);
    update();
}

NotebookRequest SpawnDialog::request() const
{
    NotebookRequest r;
    r.name = m_name->text().trimmed();
    r.serverType = ServerType(m_type->currentData().toInt());
    const int index = m_image->findText(m_image->currentText());
    r.image = index >= 0 ? m_image->itemData(index).toString() : m_image->currentText().trimmed();
    r.customImage = index < 0;
    r.pullPolicy = m_pullPolicy->currentText();
    r.cpu = m_resources->cpu();
    r.cpuLimit = m_resources->cpuLimit();
    r.memory = m_resources->memory();
    r.memoryLimit = m_resources->memoryLimit();
    r.gpus = m_resources->gpus();
    r.gpuVendor = m_resources->gpuVendor();
    if (m_workspace->isChecked()) {
        NotebookVolume w;
        w.mount = m_config.workspace.value.value(0).mount;
        if (w.mount.isEmpty())
            w.mount = QStringLiteral("/home/jovyan");
        w.claim = m_workspaceName->text().trimmed();
        w.create = !m_workspaceExisting->isChecked();
        w.size = w.create ? m_workspaceSize->text().trimmed() : QString();
        w.accessMode = m_workspaceMode->currentText();
        w.storageClass = m_workspaceClass->text().trimmed();
        r.workspace << w;
    }
    for (int row = 0; row < m_dataVolumes->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            const QTableWidgetItem *item = m_dataVolumes->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        NotebookVolume v;
        v.claim = cell(VolumeName);
        v.size = cell(VolumeSize);
        v.create = !v.size.isEmpty();
        v.mount = cell(VolumeMount);
        v.accessMode = QStringLiteral("ReadWriteOnce");
        r.dataVolumes << v;
    }
    for (int i = 0; i < m_configurations->count(); ++i) {
        const QListWidgetItem *item = m_configurations->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            r.configurations << item->data(Qt::UserRole).toString();
    }
    r.affinity = m_affinity->currentData().toString();
    r.tolerationGroup = m_tolerations->currentData().toString();
    r.sharedMemory = m_shm->isChecked();
    r.creator = m_creator;
    return r;
}

void SpawnDialog::updateWorkspaceFields()
{
    const bool on = m_workspace->isChecked();
    const bool create = on && !m_workspaceExisting->isChecked();
    m_workspaceExisting->setEnabled(on);
    m_workspaceName->setEnabled(on);
    for (QWidget *w :
         {static_cast<QWidget *>(m_workspaceSize), static_cast<QWidget *>(m_workspaceMode),
          static_cast<QWidget *>(m_workspaceClass)})
        w->setEnabled(create);
    update();
}

void SpawnDialog::update()
{
    if (!m_service || m_creating)
        return;
    const NotebookPlan plan = m_service->plan(request(), m_config);
    m_preview->setPlainText(yamlOf(plan));
    m_problems->setText(plan.problems.join(u'\n'));
    launchButton()->setEnabled(plan.problems.isEmpty());
}

void SpawnDialog::accept()
{
    if (!m_service || m_creating)
        return;
    const NotebookRequest r = request();
    if (!m_service->plan(r, m_config).problems.isEmpty())
        return;
    m_creating = true;
    launchButton()->setEnabled(false);
    m_problems->setStyleSheet({});
    m_problems->setText(tr("Creating %1…").arg(r.name));
    backend::whenFinished(m_service->create(r, m_config), this, [this](const Result<Done> &done) {
        m_creating = false;
        if (done.ok()) {
            QDialog::accept();
            return;
        }
        // Everything stays as it was: the user corrects it and launches again.
        m_problems->setStyleSheet(QStringLiteral("color: #d32f2f"));
        m_problems->setText(tr("The notebook was not created: %1").arg(done.error));
        launchButton()->setEnabled(true);
    });
}

} // namespace kfw::views
