"""服务质量分析报告: a month's figures from the duty logs, complaints and callbacks beside the team leader's analysis;
save the draft, hand it to the 主任 by the 22nd, print it. A 主任 reads every team's."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models import Staff, Team
from desktop.services import auth, clock, settings
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.staffing import people, quality_report
from desktop.ui.service_text import message, translated
from desktop.ui.staffing.common import MonthPicker, text_box
from desktop.ui.widgets import messages, printing
from desktop.ui.widgets.forms import ErrorForm, saved


def _filled(template: str, *values: object) -> str:
    """A line of the figures (marked with QT_TRANSLATE_NOOP) in the interface's language, %1… filled in."""
    text = QCoreApplication.translate("QualityReportPage", template)
    for number, value in reversed(list(enumerate(values, 1))):  # %10 before %1
        text = text.replace(f"%{number}", str(value))
    return text


def figures_text(figures: quality_report.Figures) -> str:
    def pairs(items: list[tuple[str, int]]) -> str:
        separator = QCoreApplication.translate("QualityReportPage", "、")
        return separator.join(f"{translated(name)} {count}" for name, count in items) or "—"
    return "\n".join([
        _filled(QT_TRANSLATE_NOOP("QualityReportPage", "值班日志 %1 班：咨询 %2　查询 %3　主动服务 %4"),
                figures.shifts_logged, figures.consultations, figures.enquiries, figures.proactive),
        _filled(QT_TRANSLATE_NOOP("QualityReportPage", "投诉 %1 件（%2；%3），已结案 %4，超时答复 %5，月底未结 %6"),
                figures.complaints, pairs(figures.by_category), pairs(figures.by_severity), figures.closed,
                figures.late, figures.still_open),
        _filled(QT_TRANSLATE_NOOP("QualityReportPage", "回访 %1 次，联系上 %2 次；满意度：%3"),
                figures.callbacks, figures.reached, pairs(figures.satisfaction)),
        _filled(QT_TRANSLATE_NOOP("QualityReportPage", "值班日志记下的事件 %1 条、疑难问题 %2 条（打印时全部列出）"),
                len(figures.events), len(figures.difficult)),
    ])


class QualityReportPage(QWidget):

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.may_write = auth.can(user, "quality_report.write") and user.team_id is not None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.month = MonthPicker()
        self.month.set_month(*quality_report.reporting_month(clock.today()))
        self.team = QComboBox()
        self._teams = {team.id: team for team in people.teams()}
        for team in self._teams.values():
            self.team.addItem(team.name, team.id)
        if user.team_id is not None:
            self.team.setCurrentIndex(max(self.team.findData(user.team_id), 0))
        self.team.setEnabled(auth.can(user, "quality_report.receive"))  # a 班长 writes his own team's
        row.addWidget(QLabel(self.tr("报告月份")))
        row.addWidget(self.month)
        row.addWidget(QLabel(self.tr("班组")))
        row.addWidget(self.team)
        self.state = QLabel()
        self.state.setObjectName("quality_state")
        self.state.setWordWrap(True)  # a long English due date wraps beside the buttons rather than being cut
        row.addWidget(self.state, 1)
        self.save_button = QPushButton(self.tr("保存草稿"))
        self.submit_button = QPushButton(self.tr("交主任"))
        self.print_button = QPushButton(self.tr("打印报告"))
        for button in (self.save_button, self.submit_button, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.figures = QLabel()
        self.figures.setObjectName("quality_figures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setStyleSheet("background: #F4F6F8; padding: 6px;")
        layout.addWidget(self.figures)
        self.form = ErrorForm()
        self.analysis, self.problems, self.measures = text_box(6), text_box(3), text_box(3)
        for label, widget, field in ((self.tr("服务质量分析"), self.analysis, "analysis"),
                                     (self.tr("存在问题"), self.problems, "problems"),
                                     (self.tr("改进措施"), self.measures, "measures")):
            self.form.add_field(label, widget, field)
        self.form.add_general()
        grid = QGridLayout()
        grid.addLayout(self.form, 0, 0)
        layout.addLayout(grid)
        layout.addStretch()
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.print_button.clicked.connect(self.print_report)
        self.month.month_changed.connect(self.reload)
        self.team.currentIndexChanged.connect(self.reload)
        self.reload()

    def _team(self) -> Team | None:
        team_id = self.team.currentData()
        return self._teams.get(team_id)

    def reload(self) -> None:
        team = self._team()
        year, month = self.month.year_month()
        if team is None:
            self.state.setText(self.tr("还没有班组。"))
            return
        report = quality_report.of_month(team, year, month)
        state = quality_report.due_state(report, year, month, clock.today())
        self.state.setText(message(state.text))
        self.state.setStyleSheet({"overdue": "color: #c0392b;", "close": "color: #b9770e;"}.get(state.urgency, ""))
        try:
            self.figures.setText(figures_text(quality_report.figures(self.user, team, year, month)))
        except PermissionDenied as refused:  # a 班长 without a team of his own
            self.figures.setText(refused.message)
        for box, value in ((self.analysis, report.analysis if report else ""),
                           (self.problems, report.problems if report else ""),
                           (self.measures, report.measures if report else "")):
            box.setPlainText(value)
            box.setReadOnly(not self._editable(team, report))
        self.save_button.setEnabled(self._editable(team, report))
        self.submit_button.setEnabled(self._editable(team, report))
        self.form.clear_errors()

    def _editable(self, team: Team, report: object) -> bool:
        return self.may_write and team.id == self.user.team_id and (report is None or report.submitted_at is None)

    def save(self) -> bool:
        if saved(self.form, lambda: quality_report.save(self.user, *self.month.year_month(),
                                                         self.analysis.toPlainText(), self.problems.toPlainText(),
                                                         self.measures.toPlainText())) is None:
            return False
        self.reload()
        return True

    def submit(self) -> None:
        if not messages.confirm(self, self.tr("交主任"), self.tr("交给主任后报告不能再修改。确定提交吗？")):
            return
        if not self.save():
            return
        report = quality_report.of_month(self.user.team_id, *self.month.year_month())
        try:
            quality_report.submit(self.user, report)
        except RuleError as error:
            messages.refused(self, error)
        self.reload()

    def show_month(self, year_month: int) -> None:
        """From 今日: the report of a month given as YYYYMM."""
        self.month.set_month(year_month // 100, year_month % 100)

    def print_report(self) -> None:
        team = self._team()
        if team is None:
            return
        year, month = self.month.year_month()

        def write(target: Path) -> None:
            from reports import quality_report as paper

            paper.build(target, quality_report.paper(self.user, team, year, month, clock.today()),
                        settings.branch_name())

        name = f"服务质量分析报告_{team.name}_{year}{month:02d}.pdf"
        printing.preview(self, self.tr("服务质量分析报告"), name, write)
