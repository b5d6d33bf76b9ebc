#include "views/pipeline-editor/palette.h"

#include "cluster/backend/services.h"
#include "ui/setting.h"
#include "views/pipeline-editor/daglevel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::views::editor {

const QString Palette::kMimeType = QStringLiteral("application/x-kubeflow-workbench-component");

namespace {

const ui::Setting<QStringList> kUserFolders{"editor/componentFolders", {}};

constexpr int kItemRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;

// A tree whose entries drag as palette items.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {Palette::kMimeType}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.first()->data(0, kItemRole).isNull())
            return nullptr;
        auto *mime = new QMimeData;
        const QJsonObject json{
            {QStringLiteral("kind"), items.first()->data(0, kItemRole).toInt()},
            {QStringLiteral("key"), items.first()->data(0, kKeyRole).toString()}};
        mime->setData(Palette::kMimeType, QJsonDocument(json).toJson(QJsonDocument::Compact));
        return mime;
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
            emit itemActivated(currentItem(), 0);
            return;
        }
        QTreeWidget::keyPressEvent(event);
    }
};

QString describe(const pipelinespec::ComponentDefinition &definition)
{
    QStringList lines;
    if (!definition.description.isEmpty())
        lines << definition.description;
    auto ports = [](const pipelinespec::YamlValue &definitions) {
        QStringList names;
        for (const char *kind : {"parameters", "artifacts"}) {
            if (const auto *group = definitions.find(QString::fromLatin1(kind))) {
                for (const auto &e : group->entries())
                    names << e.key.scalarText();
            }
        }
        return names.join(QStringLiteral(", "));
    };
    const QString in = ports(definition.inputs);
    const QString out = ports(definition.outputs);
    if (!in.isEmpty())
        lines << QCoreApplication::translate("kfw::views::editor::Palette", "Inputs: %1").arg(in);
    if (!out.isEmpty())
        lines << QCoreApplication::translate("kfw::views::editor::Palette", "Outputs: %1").arg(out);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString builtInComponentFolder()
{
    const QStringList candidates{QCoreApplication::applicationDirPath() +
                                     QStringLiteral("/../share/kubeflow-workbench/components"),
                                 QStringLiteral(KFW_SOURCE_DIR "/resources/components")};
    for (const QString &c : candidates) {
        if (QFileInfo(c).isDir())
            return QDir::cleanPath(c);
    }
    return {};
}

static LibraryComponent readComponentFile(const QString &file)
{
    LibraryComponent c;
    c.file = file;
    pipelinespec::ReadError readError;
    const auto document = pipelinespec::PipelineDocument::load(c.file, &readError);
    if (!document)
        c.error = readError.toString();
    else if (document->kind() == pipelinespec::DocumentKind::V1Component)
        c.definition = pipelinespec::ComponentDefinition::fromV1(document->spec(), &c.error);
    else
        c.definition = pipelinespec::ComponentDefinition::fromPipeline(*document, &c.error);
    return c;
}

QList<LibraryComponent> readComponentFolders(const QStringList &folders, const QStringList &files)
{
    QList<LibraryComponent> found;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList names = dir.entryList(
            {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
            QDir::Files, QDir::Name);
        for (const QString &name : names)
            found.append(readComponentFile(dir.filePath(name)));
    }
    for (const QString &file : files)
        found.append(readComponentFile(file));
    return found;
}

Palette::Palette(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("editor.palette"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("editor.paletteSearch"));
    m_search->setPlaceholderText(tr("Search components"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    auto *addFolder = new QToolButton(this);
    addFolder->setText(tr("+"));
    addFolder->setToolTip(tr("Add a folder of component files to the library"));
    bar->addWidget(addFolder);
    layout->addLayout(bar);

    m_tree = new PaletteTree(this);
    m_tree->setObjectName(QStringLiteral("editor.paletteTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    layout->addWidget(m_tree, 1);

    m_builtIn = section(tr("Built-in"));
    auto addBuiltIn = [this](const QString &title, const QString &tip, PaletteItem::Kind kind) {
        auto *item = new QTreeWidgetItem(m_builtIn, {title});
        item->setToolTip(0, tip);
        item->setData(0, kItemRole, int(kind));
    };
    addBuiltIn(tr("Container component"),
               tr("A container image with a command and arguments, and typed inputs and outputs"),
               PaletteItem::Kind::Container);
    addBuiltIn(tr("Python function"),
               tr("A Python function; its signature gives the inputs and outputs"),
               PaletteItem::Kind::Python);
    addBuiltIn(
        tr("Importer"),
        tr("Brings an existing artifact (a dataset, a model, ...) into the pipeline by its URI"),
        PaletteItem::Kind::Importer);
    addBuiltIn(tr("ParallelFor loop"),
               tr("Runs the tasks you put inside it once per item of a list"),
               PaletteItem::Kind::Loop);
    addBuiltIn(tr("Condition"),
               tr("Runs the tasks you put inside it only when a value compares as given"),
               PaletteItem::Kind::Condition);
    addBuiltIn(tr("Exit handler"),
               tr("Runs an exit task after the tasks inside it, whether they succeed or fail"),
               PaletteItem::Kind::ExitHandler);
    m_library = section(tr("Library"));
    m_pipeline = section(tr("In this pipeline"));
    m_openPipelines = section(tr("Open pipelines"));
    m_storedPipelines = section(tr("Stored pipelines"));

    connect(m_search, &QLineEdit::textChanged, this, &Palette::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kItemRole).isNull())
            return;
        emit activated({PaletteItem::Kind(item->data(0, kItemRole).toInt()),
                        item->data(0, kKeyRole).toString()});
    });
    connect(addFolder, &QToolButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Add a Component Folder"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, &Palette::addUserFolder);
        dialog->open();
    });
    reload();
}

QTreeWidgetItem *Palette::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    item->setExpanded(true);
    return item;
}

QStringList Palette::userFolders() const
{
    return kUserFolders.value();
}

void Palette::addUserFolder(const QString &folder)
{
    QStringList folders = kUserFolders.value();
    if (!folders.contains(folder)) {
        folders << folder;
        kUserFolders.setValue(folders);
    }
    reload();
}

void Palette::reload()
{
    QStringList folders = kUserFolders.value();
    if (const QString shipped = builtInComponentFolder(); !shipped.isEmpty())
        folders.prepend(shipped);
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto job = QtConcurrent::run([folders] { return readComponentFolders(folders); });
    backend::whenFinished(job, this, [this, generation](const QList<LibraryComponent> &components) {
        if (generation != m_generation)
            return;
        m_loading = false;
        rebuildLibrary(components);
        emit loaded();
    });
}

void Palette::rebuildLibrary(const QList<LibraryComponent> &components)
{
    qDeleteAll(m_library->takeChildren());
    m_definitions.clear();
    for (const LibraryComponent &c : components) {
        auto *item = new QTreeWidgetItem(m_library);
        if (!c.definition) {
            item->setText(0, QFileInfo(c.file).fileName());
            item->setToolTip(0, tr("Not usable: %1").arg(c.error));
            item->setFlags(Qt::NoItemFlags);
            continue;
        }
        item->setText(0, c.definition->name);
        item->setToolTip(0, describe(*c.definition) + QStringLiteral("\n") + c.file);
        item->setData(0, kItemRole, int(PaletteItem::Kind::Library));
        item->setData(0, kKeyRole, c.file);
        m_definitions.insert(c.file, *c.definition);
    }
    applyFilter();
}

void Palette::setPipelineComponents(const QList<std::pair<QString, QString>> &components)
{
    qDeleteAll(m_pipeline->takeChildren());
    for (const auto &[name, title] : components) {
        auto *item = new QTreeWidgetItem(m_pipeline, {title});
        item->setToolTip(0, tr("Another task of the component %1").arg(name));
        item->setData(0, kItemRole, int(PaletteItem::Kind::Existing));
        item->setData(0, kKeyRole, name);
    }
    applyFilter();
}

void Palette::setOpenPipelines(const QList<std::pair<QString, QString>> &pipelines)
{
    qDeleteAll(m_openPipelines->takeChildren());
    for (const auto &[key, title] : pipelines) {
        auto *item = new QTreeWidgetItem(m_openPipelines, {title});
        item->setToolTip(
            0, tr("The pipeline %1 as one task of this one (a nested pipeline)").arg(title));
        item->setData(0, kItemRole, int(PaletteItem::Kind::Pipeline));
        item->setData(0, kKeyRole, key);
    }
    applyFilter();
}

void Palette::setStoredPipelines(const QString &backend,
                                 const QList<std::pair<QString, QString>> &pipelines)
{
    qDeleteAll(m_storedPipelines->takeChildren());
    m_storedPipelines->setText(0, tr("Pipelines on %1").arg(backend));
    for (const auto &[id, name] : pipelines) {
        auto *item = new QTreeWidgetItem(m_storedPipelines, {name});
        item->setToolTip(0, tr("The latest version of %1 on %2 as one task of this pipeline (a "
                               "nested pipeline)")
                                .arg(name, backend));
        item->setData(0, kItemRole, int(PaletteItem::Kind::Stored));
        item->setData(0, kKeyRole, id);
    }
    applyFilter();
}

std::optional<pipelinespec::ComponentDefinition>
Palette::libraryDefinition(const QString &file) const
{
    const auto it = m_definitions.constFind(file);
    if (it == m_definitions.constEnd())
        return std::nullopt;
    return *it;
}

void Palette::applyFilter()
{
    const QString text = m_search->text().trimmed();
    for (QTreeWidgetItem *group :
         {m_builtIn, m_library, m_pipeline, m_openPipelines, m_storedPipelines}) {
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->toolTip(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0); // nothing there, or nothing matching
    }
}

std::optional<PaletteItem> Palette::itemFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kMimeType))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(mime->data(kMimeType)).object();
    const int kind = json.value(QStringLiteral("kind")).toInt(-1);
    if (kind < int(PaletteItem::Kind::Container) || kind > int(PaletteItem::Kind::ExitHandler))
        return std::nullopt;
    return PaletteItem{PaletteItem::Kind(kind), json.value(QStringLiteral("key")).toString()};
}

} // namespace kfw::views::editor
