"""The new-swap form: shifts are picked from the roster, and every failing rule is listed beside it as it is filled."""

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Shift, Staff, Swap
from desktop.services import auth, clock
from desktop.services.errors import RuleError
from desktop.services.staffing import people, swap_rules, swaps
from desktop.ui.service_text import message, translated
from desktop.ui.staffing.common import person_combo, select_data
from desktop.ui.widgets.forms import ErrorForm

FAIL_STYLE = "color: #c0392b;"
PASS_STYLE = "color: #1e8449;"
UNFIT_COLOUR = "#888888"  # a 替班人 who does not qualify for the picked shift


class SwapFormDialog(QDialog):
    submitted = Signal(Swap)

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.swap: Swap | None = None
        self._staff = {person.id: person for person in people.shift_workers()}
        self._swap_choices: list[tuple[datetime.date, Shift]] = []
        self._return_choices: list[tuple[datetime.date, Shift]] = []
        self.setWindowTitle(self.tr("新建换班登记"))
        self.resize(980, 520)
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_form(), 3)
        layout.addWidget(self._build_rules(), 2)
        self._fill_applicant()

    def _build_form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.form = ErrorForm()
        self.applicant = person_combo(list(self._staff.values()))
        self.applicant.setObjectName("applicant")
        select_data(self.applicant, self.user.id)
        self.applicant.setEnabled(auth.can(self.user, "swaps.enter_for_others"))
        self.substitute = QComboBox()
        self.substitute.setObjectName("substitute")
        self.swap_shift = QComboBox()
        self.swap_shift.setObjectName("swap_shift")
        self.return_shift = QComboBox()
        self.return_shift.setObjectName("return_shift")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.handover = QPlainTextEdit()
        self.handover.setObjectName("handover")
        self.handover.setPlaceholderText(self.tr("未结工单、约好的回访、设备情况、最新通告……换班双方必须交待清楚"))
        self.handover.setMaximumHeight(90)
        self.form.add_field(self.tr("申请人"), self.applicant, "applicant")
        self.form.add_field(self.tr("替班人"), self.substitute, "substitute")
        self.form.add_field(self.tr("换出班次（申请人的排班）"), self.swap_shift, "swap_shift")
        self.form.add_field(self.tr("还班班次（替班人的排班）"), self.return_shift, "return_shift")
        self.form.add_field(self.tr("换班原因"), self.reason, "reason")
        self.form.add_field(self.tr("交接事项"), self.handover, "handover")
        self.form.add_general()
        column.addLayout(self.form)
        hint = QLabel(self.tr("替班人在换班日替申请人上班；申请人在还班日替替班人上班。提交后须经双方班长同意，"
                              "批准后排班表自动调整。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        column.addWidget(hint)
        column.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.submit_button.setText(self.tr("提交审批"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.applicant.currentIndexChanged.connect(self._fill_applicant)
        self.substitute.currentIndexChanged.connect(self._fill_return)
        self.swap_shift.currentIndexChanged.connect(self._swap_shift_changed)
        self.return_shift.currentIndexChanged.connect(self.recheck)
        self.reason.textChanged.connect(self.recheck)
        self.handover.textChanged.connect(self.recheck)
        return column

    def _build_rules(self) -> QGroupBox:
        box = QGroupBox(self.tr("换班规则检查"))
        column = QVBoxLayout(box)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("rules")
        self.rules_label.setWordWrap(True)
        self.rules_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.rules_label, 1)
        self.basis_label = QLabel(message(swap_rules.basis_text()))
        self.basis_label.setWordWrap(True)
        self.basis_label.setStyleSheet("color: #777; font-size: 11px;")
        column.addWidget(self.basis_label)
        return box

    # the pickers follow each other: applicant -> their shifts and colleagues; substitute + swap day -> return shifts
    def _fill_applicant(self) -> None:
        applicant = self.current_applicant()
        self.swap_shift.blockSignals(True)
        self.swap_shift.clear()
        self._swap_choices = swaps.upcoming_shifts(applicant, clock.today()) if applicant is not None else []
        for day, shift in self._swap_choices:
            self.swap_shift.addItem(message(swaps.shift_choice_text(day, shift)))
        self.swap_shift.setCurrentIndex(-1)
        self.swap_shift.blockSignals(False)
        self.substitute.blockSignals(True)
        self.substitute.clear()  # the last applicant's choice means nothing for this one
        self.substitute.blockSignals(False)
        self._swap_shift_changed()

    def _swap_shift_changed(self) -> None:
        self._fill_substitutes()
        self._fill_return()

    def _fill_substitutes(self) -> None:
        """Who qualifies to take the picked shift first; the others greyed, each saying why not."""
        applicant = self.current_applicant()
        chosen = self.substitute.currentData()
        picked = self._picked(self.swap_shift, self._swap_choices)
        self.substitute.blockSignals(True)
        self.substitute.clear()
        for partner in swaps.partners(applicant, picked[0] if picked else None) if applicant is not None else []:
            person = partner.person
            text = (f"{person.name}（{person.team.name}，{translated(person.job_type)}，"
                    f"{translated(person.skill_level)}）")
            if not partner.qualifies and self.substitute.count() and self.substitute.itemData(
                    self.substitute.count() - 1, Qt.ItemDataRole.ForegroundRole) is None:
                self.substitute.insertSeparator(self.substitute.count())
            shown = text if partner.qualifies else f"{text} — {message(partner.problems[0])}"
            self.substitute.addItem(shown, person.id)
            if not partner.qualifies:
                row = self.substitute.count() - 1
                self.substitute.setItemData(row, QColor(UNFIT_COLOUR), Qt.ItemDataRole.ForegroundRole)
                why = "\n".join(map(message, partner.problems))
                self.substitute.setItemData(row, why, Qt.ItemDataRole.ToolTipRole)
        self.substitute.setCurrentIndex(self.substitute.findData(chosen) if chosen is not None else -1)
        self.substitute.blockSignals(False)

    def _fill_return(self) -> None:
        self.return_shift.blockSignals(True)
        self.return_shift.clear()
        substitute = self._staff.get(self.substitute.currentData())
        self._return_choices = []
        if substitute is not None:
            start = self._picked(self.swap_shift, self._swap_choices)
            after = start[0] + datetime.timedelta(days=1) if start else clock.today()
            self._return_choices = swaps.upcoming_shifts(substitute, after)
            for day, shift in self._return_choices:
                self.return_shift.addItem(message(swaps.shift_choice_text(day, shift)))
        self.return_shift.setCurrentIndex(-1)
        self.return_shift.blockSignals(False)
        self.recheck()

    @staticmethod
    def _picked(combo: QComboBox, choices: list[tuple[datetime.date, Shift]]) -> tuple[datetime.date, Shift] | None:
        index = combo.currentIndex()
        return choices[index] if 0 <= index < len(choices) else None

    def current_applicant(self) -> Staff | None:
        return self._staff.get(self.applicant.currentData())

    def draft(self) -> swaps.SwapDraft:
        given = self._picked(self.swap_shift, self._swap_choices) or (None, None)
        taken = self._picked(self.return_shift, self._return_choices) or (None, None)
        return swaps.SwapDraft(self.current_applicant(), self._staff.get(self.substitute.currentData()),
                               given[0], given[1], taken[0], taken[1], self.reason.text(),
                               self.handover.toPlainText())

    def recheck(self) -> list[swaps.RuleFailure]:
        failures = swaps.check(self.draft())
        if failures:
            self.rules_label.setText("\n".join(f"✗ {message(failure.text)}" for failure in failures))
            self.rules_label.setStyleSheet(FAIL_STYLE)
        else:
            self.rules_label.setText(self.tr("✓ 符合全部换班规则，可以提交。"))
            self.rules_label.setStyleSheet(PASS_STYLE)
        self.submit_button.setEnabled(not failures)
        return failures

    def submit(self) -> None:
        try:
            self.swap = swaps.submit(self.user, self.draft())
        except RuleError as error:
            self.form.show_error(error)
            self.recheck()
            return
        self.submitted.emit(self.swap)
        self.accept()
