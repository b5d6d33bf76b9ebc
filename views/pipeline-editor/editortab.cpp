#include "views/pipeline-editor/editortab.h"

#include "cluster/backend/services.h"
#include "ui/icons.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/pipelinecanvas.h"
#include "views/pipeline-editor/propertiespanel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::views::editor {

using pipelinespec::Finding;

namespace {

constexpr int kCheckDelayMs = 300;
constexpr int kPathRole = Qt::UserRole;

// "root/tasks/train/..." -> {"root", "train"}.
std::pair<QString, QString> taskOfPath(const QString &path)
{
    const int at = path.indexOf(QLatin1String("/tasks/"));
    if (at < 0)
        return {};
    return {path.left(at), path.mid(at + 7).section(QLatin1Char('/'), 0, 0)};
}

} // namespace

EditorTab::EditorTab(EditorDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_canvas(new PipelineCanvas(document, this))
{
    document->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_breadcrumb = new QWidget(this);
    m_breadcrumb->setObjectName(QStringLiteral("editor.breadcrumb"));
    m_breadcrumbLayout = new QHBoxLayout(m_breadcrumb);
    m_breadcrumbLayout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_breadcrumb);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("editor.find"));
    m_find->setPlaceholderText(tr("Find a task (any level); Enter shows it"));
    m_find->setClearButtonEnabled(true);
    m_find->hide();
    auto *completer = new QCompleter(new QStandardItemModel(m_find), m_find);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_find->setCompleter(completer);
    layout->addWidget(m_find);
    auto findTask = [this](const QString &text) {
        auto *model = static_cast<QStandardItemModel *>(m_find->completer()->model());
        for (int i = 0; i < model->rowCount(); ++i) {
            QStandardItem *item = model->item(i);
            if (item->text() == text || item->text().contains(text, Qt::CaseInsensitive)) {
                revealPath(item->data(kPathRole).toString());
                m_find->hide();
                return;
            }
        }
        m_summary->setText(tr("No task matches \"%1\".").arg(text));
    };
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, findTask);
    new QShortcut(
        QKeySequence(Qt::Key_Escape), m_find, this,
        [this] {
            m_find->hide();
            m_canvas->setFocus();
        },
        Qt::WidgetShortcut);
    connect(m_find, &QLineEdit::returnPressed, this, [this, findTask] {
        if (!m_find->text().trimmed().isEmpty())
            findTask(m_find->text().trimmed());
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *side = new QSplitter(Qt::Horizontal, split);
    side->addWidget(m_canvas);
    m_properties = new PropertiesPanel(document, m_canvas, side);
    side->addWidget(m_properties);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 0);
    side->setSizes({700, 300});
    split->addWidget(side);
    auto *issuesBox = new QWidget(split);
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(6, 4, 6, 0);
    m_summary = new QLabel(tr("Checking the pipeline…"), issuesBox);
    m_summary->setObjectName(QStringLiteral("editor.issueSummary"));
    issuesLayout->addWidget(m_summary);
    m_issues = new QTreeWidget(issuesBox);
    m_issues->setObjectName(QStringLiteral("editor.issues"));
    m_issues->setRootIsDecorated(false);
    m_issues->setHeaderLabels({tr("Problem"), tr("Where")});
    m_issues->header()->setStretchLastSection(false);
    m_issues->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_issues->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    issuesLayout->addWidget(m_issues);
    split->addWidget(issuesBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({600, 110});
    layout->addWidget(split, 1);

    m_checkSoon.setSingleShot(true);
    m_checkSoon.setInterval(kCheckDelayMs);
    connect(&m_checkSoon, &QTimer::timeout, this, &EditorTab::check);
    connect(document, &EditorDocument::structureChanged, &m_checkSoon, qOverload<>(&QTimer::start));
    connect(m_canvas, &PipelineCanvas::levelShown, this, [this] {
        updateBreadcrumb();
        applyBadges();
    });
    connect(m_issues, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { revealPath(item->data(0, kPathRole).toString()); });
    connect(m_issues, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { revealPath(item->data(0, kPathRole).toString()); });

    m_canvas->showDag(QStringLiteral("root"));
    check();
}

void EditorTab::check()
{
    m_checking = true;
    const quint64 generation = ++m_checkGeneration;
    auto job = QtConcurrent::run([document = m_document->document()] {
        return pipelinespec::Validator::validate(document);
    });
    backend::whenFinished(job, this, [this, generation](const QList<Finding> &findings) {
        if (generation != m_checkGeneration)
            return;
        m_findings = findings;
        m_checking = false;
        showFindings();
        applyBadges();
        emit checked();
    });
}

void EditorTab::showFindings()
{
    m_issues->clear();
    int errors = 0;
    for (const Finding &f : std::as_const(m_findings)) {
        const bool error = f.severity == Finding::Severity::Error;
        errors += error ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_issues, {f.message, f.path});
        item->setIcon(0, ui::icon(error ? QStringLiteral("error") : QStringLiteral("warning")));
        item->setData(0, kPathRole, f.path);
        item->setToolTip(0, f.toString());
    }
    const int warnings = int(m_findings.size()) - errors;
    if (m_findings.isEmpty())
        m_summary->setText(tr("No problems found: the pipeline is ready to run."));
    else if (errors)
        m_summary->setText(tr("%n error(s) to fix before the pipeline can run", nullptr, errors) +
                           (warnings ? tr("; %n warning(s)", nullptr, warnings) : QString()) +
                           QLatin1Char('.'));
    else
        m_summary->setText(tr("%n warning(s); the pipeline can run.", nullptr, warnings));
}

void EditorTab::applyBadges()
{
    QHash<QString, std::pair<int, int>> counts;
    for (const Finding &f : std::as_const(m_findings)) {
        const auto [dag, task] = taskOfPath(f.path);
        if (dag != m_canvas->dag() || task.isEmpty())
            continue;
        auto &c = counts[task];
        (f.severity == Finding::Severity::Error ? c.first : c.second) += 1;
    }
    for (const NodeInfo &n : m_canvas->level().nodes) {
        if (NodeItem *item = m_canvas->node(n.name)) {
            const auto c = counts.value(n.name);
            item->setProblems(c.first, c.second);
        }
    }
}

bool EditorTab::revealPath(const QString &path)
{
    const auto [dag, task] = taskOfPath(path);
    if (dag.isEmpty() || task.isEmpty())
        return false;
    if (dag != m_canvas->dag()) {
        // Select once the level is drawn.
        auto *once = new QObject(this);
        connect(m_canvas, &PipelineCanvas::levelShown, once, [this, once, task] {
            once->deleteLater();
            m_canvas->selectTasks({task});
        });
        m_canvas->showDag(dag);
    } else {
        m_canvas->selectTasks({task});
    }
    m_canvas->setFocus();
    return true;
}

void EditorTab::showFind()
{
    // Every task of every level, as "name (level)".
    auto *model = static_cast<QStandardItemModel *>(m_find->completer()->model());
    model->clear();
    const pipelinespec::YamlValue &spec = m_document->document().spec();
    auto addLevel = [&](const QString &dag, const pipelinespec::YamlValue *tasks) {
        if (!tasks || !tasks->isMapping())
            return;
        const QString where = dag == QLatin1String("root")
                                  ? tr("top level")
                                  : parentOf(m_document->document(), dag).second;
        for (const auto &t : tasks->entries()) {
            auto *item =
                new QStandardItem(QStringLiteral("%1 (%2)").arg(t.key.scalarText(), where));
            item->setData(QString(dag + QStringLiteral("/tasks/") + t.key.scalarText()), kPathRole);
            model->appendRow(item);
        }
    };
    addLevel(QStringLiteral("root"), spec.at({"root", "dag", "tasks"}));
    if (const auto *components = spec.find(QStringLiteral("components"))) {
        for (const auto &c : components->entries())
            addLevel(c.key.scalarText(), c.value.at({"dag", "tasks"}));
    }
    m_find->show();
    m_find->setFocus();
    m_find->selectAll();
}

void EditorTab::goUp()
{
    const auto [parent, task] = parentOf(m_document->document(), m_canvas->dag());
    if (parent.isEmpty())
        return;
    auto *once = new QObject(this);
    connect(m_canvas, &PipelineCanvas::levelShown, once, [this, once, task] {
        once->deleteLater();
        m_canvas->selectTasks({task});
    });
    m_canvas->showDag(parent);
}

void EditorTab::updateBreadcrumb()
{
    while (QLayoutItem *item = m_breadcrumbLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // root › group › group: each part opens its level.
    QList<std::pair<QString, QString>> chain; // dag, label
    QString dag = m_canvas->dag();
    while (!dag.isEmpty()) {
        const auto [parent, task] = parentOf(m_document->document(), dag);
        chain.prepend({dag, parent.isEmpty() ? m_document->document().name() : task});
        if (parent.isEmpty() && dag != QLatin1String("root"))
            break; // an orphan group: nothing above it
        dag = parent;
        if (chain.size() > 64)
            break; // a cycle of groups is an error the issues list shows
    }
    for (int i = 0; i < chain.size(); ++i) {
        if (i > 0)
            m_breadcrumbLayout->addWidget(new QLabel(QStringLiteral("›"), m_breadcrumb));
        auto *button = new QToolButton(m_breadcrumb);
        button->setAutoRaise(true);
        button->setText(chain[i].second.isEmpty() ? tr("Pipeline") : chain[i].second);
        if (i + 1 == chain.size()) {
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
            button->setToolTip(tr("The level shown"));
        } else {
            button->setToolTip(tr("Open this level"));
        }
        connect(button, &QToolButton::clicked, m_canvas,
                [this, target = chain[i].first] { m_canvas->showDag(target); });
        m_breadcrumbLayout->addWidget(button);
    }
    m_breadcrumbLayout->addStretch(1);
}

} // namespace kfw::views::editor
