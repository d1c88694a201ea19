"""The dashboard's charts (QtCharts, from PySide6-Addons; imported only by the pages that draw charts, so they
cost nothing at start-up): each commune's progress against its target, and new participants by week."""
from __future__ import annotations

import math

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtGui import QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip

from ui.qt import QColor, Qt, Signal

COLOURS = {"vsi": QColor("#1f6fb2"), "hhi": QColor("#2e9d5b")}
TARGET = QColor("#d93025")


def short_name(commune: str) -> str:
    """'Xã Sơn Tây Thượng' -> 'Sơn Tây Thượng': the axis has room for the name alone."""
    for prefix in ("Xã ", "Phường ", "Thị trấn ", "Đặc khu "):
        if commune.startswith(prefix):
            return commune[len(prefix):]
    return commune


class ChartView(QChartView):
    """A chart without animation or legend clutter; clicked(index) names the category a bar stands for."""
    clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(280, 200)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins() * 0)
        self.setChart(chart)
        self._keep: list = []   # series and axes live as long as the chart shows them

    def reset(self, title: str) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        self._keep = []
        return chart

    def _axes(self, chart: QChart, categories: list[str], top: float, series: list) -> None:
        x, y = QBarCategoryAxis(), QValueAxis()
        x.append(categories)
        if len(categories) > 5:
            x.setLabelsAngle(-60)
        y.setRange(0, top)
        y.setLabelFormat("%d")
        y.applyNiceNumbers()
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            s.attachAxis(x)
            s.attachAxis(y)
        self._keep += [x, y]


class ProgressChart(ChartView):
    """Each commune's cumulative new participants as a % of its target, per indicator, with the 100 % line."""

    def show_progress(self, title: str, names: list[str], percents: dict[str, list[float]], labels: dict[str, str],
                      target_label: str, tips: list[str]) -> None:
        chart = self.reset(title)
        bars = QBarSeries()
        for key, values in percents.items():
            bar_set = QBarSet(labels[key])
            bar_set.append([float(v) for v in values])
            bar_set.setColor(COLOURS[key])
            bar_set.setBorderColor(COLOURS[key])
            bar_set.clicked.connect(self.clicked.emit)
            bar_set.hovered.connect(lambda on, index, tips=tips: QToolTip.showText(QCursor.pos(), tips[index])
                                    if on and 0 <= index < len(tips) else QToolTip.hideText())
            bars.append(bar_set)
            self._keep.append(bar_set)
        line = QLineSeries()
        line.setName(target_label)
        line.append(-0.5, 100)
        line.append(len(names) - 0.5, 100)
        pen = QPen(TARGET)
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(bars)
        chart.addSeries(line)
        highest = max([v for values in percents.values() for v in values] + [100])
        self._axes(chart, [short_name(n) for n in names], math.ceil(highest / 10) * 10 + 10, [bars, line])
        self._keep += [bars, line]


class TrendChart(ChartView):
    """New participants per week, one line per indicator."""

    def show_trend(self, title: str, weeks: list[str], values: dict[str, list[int]], labels: dict[str, str]) -> None:
        chart = self.reset(title)
        series = []
        for key, counts in values.items():
            line = QLineSeries()
            line.setName(labels[key])
            for i, n in enumerate(counts):
                line.append(i, n)
            pen = QPen(COLOURS[key])
            pen.setWidth(2)
            line.setPen(pen)
            line.setPointsVisible(True)
            chart.addSeries(line)
            series.append(line)
        highest = max([n for counts in values.values() for n in counts] + [5])
        self._axes(chart, weeks, math.ceil(highest * 1.15), series)
        self._keep += series
