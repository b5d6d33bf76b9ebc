#include "ui/icons.h"

#include "ui/logging.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace kfw::ui {
namespace {

// Renders one SVG with "currentColor" replaced by the palette colour for the icon mode.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm = pixmap(size * scale, mode, state);
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("kfw-svg"); }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette pal = QApplication::palette();
        QColor c = pal.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            c = pal.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            c = pal.color(QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", c.name().toLatin1());
        return svg;
    }

    QByteArray m_svg;
};

} // namespace

QIcon icon(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile f(QStringLiteral(":/kfw/icons/%1.svg").arg(name));
        QByteArray bytes;
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
        else
            qCWarning(lcUi) << "no icon named" << name;
        it = cache.insert(name, bytes);
    }
    if (it->isEmpty())
        return {};
    return QIcon(new SvgIconEngine(*it));
}

} // namespace kfw::ui
