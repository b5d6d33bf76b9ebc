#pragma once

#include <QFrame>
#include <QSortFilterProxyModel>

class QAction;
class QLineEdit;
class QListView;

namespace kfw::ui {

class ActionRegistry;

// Scores how well a typed query matches a text: -1 when the query's characters do not all
// appear in order; higher is better (whole-word and contiguous matches rank first).
int fuzzyScore(const QString &query, const QString &text);

// Filters and ranks the registered actions for the typed query; hides disabled actions.
class CommandFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setQuery(const QString &query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int score(const QModelIndex &sourceIndex) const;
    QString m_query;
};

// The command palette (Ctrl+K): type to find any action of the window, see its shortcut, and
// run it with Enter or a click. Escape or a click elsewhere closes it.
class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    CommandPalette(ActionRegistry *actions, QWidget *window);

    // Shows the palette at the top of the window with an empty query and the focus in it.
    void popup();
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    CommandFilterModel *filterModel() const { return m_filter; }

signals:
    void actionTriggered(QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void triggerCurrent();
    void place();

    QLineEdit *m_search;
    QListView *m_list;
    CommandFilterModel *m_filter;
};

} // namespace kfw::ui
