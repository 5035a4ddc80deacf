<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about.py" line="40"/>
        <source>关于客服台</source>
        <translation>About Service Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="45"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="46"/>
        <location filename="../../desktop/ui/about.py" line="108"/>
        <source>许可证</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="49"/>
        <source>打开数据文件夹</source>
        <translation>Open Data Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="60"/>
        <source>&lt;h2&gt;客服台&lt;/h2&gt;分店客服与销售部工作台</source>
        <translation>&lt;h2&gt;Service Desk&lt;/h2&gt;Branch customer service and sales workbench</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="74"/>
        <location filename="../../desktop/ui/about.py" line="108"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="75"/>
        <source>分店</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="76"/>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="77"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="78"/>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="79"/>
        <source>最近一次备份</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="85"/>
        <source>尚未备份</source>
        <translation>Not backed up yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="94"/>
        <source>界面与打印字体</source>
        <translation>Screen and print font</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="95"/>
        <source>窗口界面</source>
        <translation>User interface</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="96"/>
        <source>运行环境</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="97"/>
        <source>数据库访问</source>
        <translation>Database access</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="98"/>
        <source>PDF 表单与报表</source>
        <translation>PDF forms and reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="99"/>
        <source>导出 Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="100"/>
        <source>按拼音查找</source>
        <translation>Pinyin search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="101"/>
        <source>法定节假日</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="108"/>
        <source>组件</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="108"/>
        <source>用途</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="109"/>
        <source>Qt 与 PySide6 以独立的动态库随程序提供，可按 LGPL-3.0 自行替换为同版本的其他构建。</source>
        <translation>Qt and PySide6 ship as separate shared libraries and may be replaced with another build of the same version under the LGPL-3.0.</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="188"/>
        <source>机密客户档案借阅记录</source>
        <translation>Confidential Customer Record Access Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="190"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="191"/>
        <source>借阅人</source>
        <translation>Accessed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="192"/>
        <source>客户编号</source>
        <translation>Customer No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="193"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="194"/>
        <source>用途</source>
        <translation>Used for</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="45"/>
        <source>审批意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="48"/>
        <source>不同意时必须填写</source>
        <translation>Required when refusing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="50"/>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="51"/>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="79"/>
        <source>没有等待您审批的换班。</source>
        <translation>No shift swaps are waiting for your approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="81"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="82"/>
        <source>%1%2</source>
        <comment>a side of the swap and its person</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="86"/>
        <source>✓ 现在复核：符合全部换班规则。</source>
        <translation>✓ Checked now: meets all shift swap rules.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="89"/>
        <source>您审批的一方：</source>
        <translation>Your side to approve: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="90"/>
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/approvals.py" line="91"/>
        <source>交接事项：</source>
        <translation>Handover: </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="86"/>
        <location filename="../../desktop/ui/admin/audit_page.py" line="195"/>
        <source>表：</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="62"/>
        <source>选择一条记录，在此查看修改前后的内容。</source>
        <translation>Select an entry to see the values before and after the change here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="78"/>
        <source>客户编号、投诉单号或工号</source>
        <translation>Customer no., complaint no. or staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="82"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="85"/>
        <location filename="../../desktop/ui/admin/audit_page.py" line="195"/>
        <source>操作人：</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="85"/>
        <source>从：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="86"/>
        <source>至：</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="87"/>
        <location filename="../../desktop/ui/admin/audit_page.py" line="196"/>
        <source>操作：</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="87"/>
        <location filename="../../desktop/ui/admin/audit_page.py" line="200"/>
        <source>记录：</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="101"/>
        <source>导出到 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="102"/>
        <source>打印所选…</source>
        <translation>Print Selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="111"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="112"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="117"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="168"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="169"/>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="176"/>
        <location filename="../../desktop/ui/admin/audit_page.py" line="190"/>
        <source>操作日志</source>
        <translation>Activity Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="185"/>
        <source>请先在列表中选择要打印的记录（可按住 Ctrl 或 Shift 多选）。</source>
        <translation>Select the records to print in the list first (hold Ctrl or Shift to select several).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="113"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="114"/>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="115"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="116"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="117"/>
        <source>变更内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="124"/>
        <location filename="../../desktop/ui/admin/audit_page.py" line="126"/>
        <location filename="../../desktop/ui/admin/audit_page.py" line="128"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="160"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>BackupCare</name>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="51"/>
        <source>从未备份</source>
        <translation>Never backed up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="52"/>
        <source>上次备份：%1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="61"/>
        <source>该备份了</source>
        <translation>Time for a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="62"/>
        <source>现在备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="63"/>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="83"/>
        <source>自动备份没有完成：%1</source>
        <translation>The automatic backup did not finish: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="106"/>
        <source>数据库完整性检查没有完成：%1</source>
        <translation>The database integrity check did not finish: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="119"/>
        <source>数据库可能已损坏</source>
        <translation>The database may be damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/care.py" line="131"/>
        <source>自动备份没有完成</source>
        <translation>Automatic backup did not finish</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="42"/>
        <source>备份到U盘/文件夹</source>
        <translation>Back Up to USB Drive/Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="45"/>
        <source>程序运行时也可以备份。数据库会被完整复制到所选位置，读回校验通过后才以正式文件名保存；任何一步出错都不会留下不完整的备份，也不会改动当前数据库。</source>
        <translation>You can back up while the program is running. The whole database is copied to the chosen place and only gets its final name after it has been read back and verified; if any step fails, no incomplete backup is left and the current database is not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="49"/>
        <source>备份到：</source>
        <translation>Back up to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="56"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="58"/>
        <source>选择其他文件夹…</source>
        <translation>Choose Another Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="69"/>
        <source>开始备份</source>
        <translation>Start Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="78"/>
        <source>自动备份与提醒</source>
        <translation>Automatic backups and reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="80"/>
        <source>每天第一次使用和退出程序时，会自动在本机保存一份副本：%1</source>
        <translation>A copy is saved on this computer automatically at the first use each day and when the program closes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="87"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="91"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="93"/>
        <source>超过多少天未备份时提醒主任</source>
        <translation>Remind the supervisor after this many days without a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="94"/>
        <source>本机自动备份保留</source>
        <translation>Automatic copies kept on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="98"/>
        <source>保存设置</source>
        <translation>Save Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="108"/>
        <source>U盘「%1」 %2 — 可用 %3 GB</source>
        <translation>USB drive &quot;%1&quot; %2 — %3 GB free</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="111"/>
        <source>（只读）</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="114"/>
        <source>未发现U盘。请插入U盘后点击「刷新」，或选择其他文件夹。</source>
        <translation>No USB drive found. Insert a USB drive and click &quot;Refresh&quot;, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="119"/>
        <source>上次备份的文件夹：%1</source>
        <translation>Folder of the last backup: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="125"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="126"/>
        <source>从未备份</source>
        <translation>Never backed up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="127"/>
        <source>数据库：%1（%2 MB）
上次备份：%3</source>
        <translation>Database: %1 (%2 MB)
Last backup: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="142"/>
        <source>文件夹：%1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="146"/>
        <source>选择备份文件夹</source>
        <translation>Choose Backup Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="153"/>
        <source>请先选择备份位置：插入U盘并点击「刷新」，或选择其他文件夹。</source>
        <translation>Choose where to back up first: insert a USB drive and click &quot;Refresh&quot;, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="157"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="168"/>
        <source>正在弹出U盘…</source>
        <translation>Ejecting USB drive…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="169"/>
        <source>U盘已弹出，现在可以拔下。</source>
        <translation>The USB drive has been ejected and can now be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="170"/>
        <source>现在可以拔下U盘：请先在系统中“弹出”或“安全删除”它，再拔下。</source>
        <translation>To unplug the USB drive now, first “Eject” or “Safely Remove” it in the system, then unplug it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="171"/>
        <source>备份完成</source>
        <translation>Backup Complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/backup_dialog.py" line="182"/>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="25"/>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="27"/>
        <source>从节假日库重新导入本年</source>
        <translation>Re-import This Year from the Holiday Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="29"/>
        <source>国务院办公厅每年 11 月前后公布下一年的放假和调休安排，节假日库可能更新较晚：公布后请在此核对，缺少或不同的日期请手工修改。手工修改的日期不会被重新导入覆盖。</source>
        <translation>The State Council publishes the next year&apos;s holidays and make-up workdays around November each year, and the holiday library may be updated later: once they are published, check them here and correct missing or different dates by hand. Dates edited by hand are not overwritten by a re-import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="38"/>
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="38"/>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="39"/>
        <source>普通日（按周一至周五）</source>
        <translation>Ordinary day (Monday to Friday rule)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="43"/>
        <source>节假日库</source>
        <translation>Holiday library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="43"/>
        <source>手工</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="45"/>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="66"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="46"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="46"/>
        <source>一二三四五六日</source>
        <translation>MTWTFSS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="47"/>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="67"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="48"/>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="68"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="49"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="65"/>
        <source>如 国庆节、调休上班</source>
        <translation>e.g. National Day, make-up workday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="96"/>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="105"/>
        <source>重新导入</source>
        <translation>Re-import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="97"/>
        <source>按节假日库更新 %1 年的节假日和调休上班日？手工修改过的日期保持不变。</source>
        <translation>Update the holidays and make-up workdays of %1 from the holiday library? Dates edited by hand stay as they are.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/calendar_page.py" line="105"/>
        <source>已新增或更新 %n 天。</source>
        <translation>
            <numerusform>%n day added or updated.</numerusform>
            <numerusform>%n days added or updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="16"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="20"/>
        <source>您的密码是由他人设置的，请先改为只有您自己知道的密码。</source>
        <translation>Your password was set by someone else. Please change it to one only you know.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="25"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="25"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="26"/>
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="38"/>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="46"/>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="41"/>
        <location filename="../../desktop/ui/complaints/detail.py" line="106"/>
        <source>请在左侧列表中选择一件投诉。</source>
        <translation>Select a complaint in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="46"/>
        <source>投诉记录</source>
        <translation>Complaint Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="53"/>
        <source>客户全貌</source>
        <translation>Customer Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="68"/>
        <source>处理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="71"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="71"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="71"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="71"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="71"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="83"/>
        <source>判断</source>
        <translation>Assess</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="83"/>
        <source>派发</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="83"/>
        <location filename="../../desktop/ui/complaints/detail.py" line="165"/>
        <source>调查结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="84"/>
        <location filename="../../desktop/ui/complaints/detail.py" line="166"/>
        <source>处理方案</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="84"/>
        <location filename="../../desktop/ui/complaints/detail.py" line="166"/>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="84"/>
        <source>退回</source>
        <translation>Send Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="85"/>
        <source>答复客户</source>
        <translation>Reply to Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="85"/>
        <location filename="../../desktop/ui/complaints/detail.py" line="167"/>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="86"/>
        <source>无法联系结案</source>
        <translation>Close as Unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="87"/>
        <source>退回重查</source>
        <translation>Redo Investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="87"/>
        <source>主任结案</source>
        <translation>Supervisor Closure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="87"/>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="88"/>
        <source>催办</source>
        <translation>Remind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="88"/>
        <source>另立新单</source>
        <translation>New Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="88"/>
        <location filename="../../desktop/ui/complaints/detail.py" line="167"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="89"/>
        <source>暂停等待</source>
        <translation>Put on Hold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="89"/>
        <source>恢复处理</source>
        <translation>Resume Handling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="89"/>
        <source>合并…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="90"/>
        <source>撤销合并</source>
        <translation>Undo Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="90"/>
        <source>拆分…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="90"/>
        <location filename="../../desktop/ui/complaints/detail.py" line="167"/>
        <source>管理层会议</source>
        <translation>Management Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="119"/>
        <source>暂停计时：</source>
        <translation>Clock paused:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="122"/>
        <source>回访期限</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="122"/>
        <source>处理期限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="123"/>
        <location filename="../../desktop/ui/complaints/detail.py" line="176"/>
        <source>%1：</source>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="127"/>
        <source>结案：</source>
        <translation>Closed: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="128"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="140"/>
        <source>〔%1〕</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="149"/>
        <source>自 %1 起</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="150"/>
        <source>处理期限 %1 待恢复后顺延</source>
        <translation>Deadline %1, extended after resuming</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="154"/>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="154"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="154"/>
        <source>退回主任</source>
        <translation>Escalated to Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="155"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="155"/>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="160"/>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="160"/>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="161"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="161"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="162"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="162"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="163"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="163"/>
        <source>承诺答复</source>
        <translation>Reply promised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="164"/>
        <source>责任部门</source>
        <translation>Responsible dept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="164"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="165"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="165"/>
        <source>客户要求</source>
        <translation>Customer request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="166"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/complaints/detail.py" line="198"/>
        <source>%1（%n 个工作日）</source>
        <translation>
            <numerusform>%1 (%n working day)</numerusform>
            <numerusform>%1 (%n working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/complaints/detail.py" line="208"/>
        <source>%n 次，未联系上 %1 次，满意度：%2</source>
        <translation>
            <numerusform>%n callback, %1 unreachable, satisfaction: %2</numerusform>
            <numerusform>%n callbacks, %1 unreachable, satisfaction: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="224"/>
        <source>原投诉单 %1</source>
        <translation>Original complaint %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="225"/>
        <source>另立新单 %1</source>
        <translation>New form %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="226"/>
        <source>已并入 %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="227"/>
        <source>合并了 %1</source>
        <translation>Merged %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="228"/>
        <source>拆分自 %1</source>
        <translation>Split from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/detail.py" line="229"/>
        <source>拆分出 %1</source>
        <translation>Split off %1</translation>
    </message>
</context>
<context>
    <name>ComplaintFormDialog</name>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="79"/>
        <source>受理投诉</source>
        <translation>Receive Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="81"/>
        <source>拆分为新投诉单（原单 %1）</source>
        <translation>Split into New Complaint (original %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="82"/>
        <source>另立新单（原单 %1）</source>
        <translation>New Form (original %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="107"/>
        <source>未填</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="114"/>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="114"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="115"/>
        <source>登记客户</source>
        <translation>Registered customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="115"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="116"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="116"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="117"/>
        <source>客户要求</source>
        <translation>Customer request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="117"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="118"/>
        <source>原因类别</source>
        <translation>Cause type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="118"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="119"/>
        <source>处理期限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="120"/>
        <source>承诺答复时间</source>
        <translation>Reply promised by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="121"/>
        <source>订单编号</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="122"/>
        <source>料号/产品</source>
        <translation>Part No./Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="123"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="123"/>
        <source>交运日期</source>
        <translation>Shipped on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="124"/>
        <source>不良数量</source>
        <translation>Defective quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/form.py" line="124"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/complaints/form.py" line="174"/>
        <source>%n 个工作日，%1 前</source>
        <translation>
            <numerusform>%n working day, by %1</numerusform>
            <numerusform>%n working days, by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="39"/>
        <source>客户抱怨案件登记追踪表</source>
        <translation>Complaint Tracking List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="57"/>
        <source>没有符合条件的投诉。客户来投诉时按 Ctrl+N 受理登记，或放宽上面的筛选条件。</source>
        <translation>No complaints match. When a customer complains, press Ctrl+N to register it, or widen the filters above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="76"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="77"/>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="78"/>
        <source>等待中（暂停计时）</source>
        <translation>On hold (clock paused)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="82"/>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="87"/>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="88"/>
        <source>我负责的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="91"/>
        <source>编号、投诉人或电话</source>
        <translation>Number, complainant or phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="108"/>
        <source>全部月份</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="117"/>
        <source>受理投诉…</source>
        <translation>Receive Complaint…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="118"/>
        <source>打印投诉记录表</source>
        <translation>Print Complaint Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="119"/>
        <source>打印五联抱怨处理表</source>
        <translation>Print 5-Part Handling Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="120"/>
        <source>打印催办单</source>
        <translation>Print Reminder Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="121"/>
        <source>打印追踪表</source>
        <translation>Print Tracking List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="122"/>
        <source>统计…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="137"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="138"/>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="139"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="140"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="141"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="142"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="143"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="145"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="146"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="222"/>
        <source>已合并到 %1 %2</source>
        <translation>Merged into %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="231"/>
        <source>已受理投诉 %1 %2</source>
        <translation>Complaint %1 %2 received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/tab.py" line="240"/>
        <source>已保存 %1 %2 的「%3」</source>
        <translation>Saved “%3” of %1 %2</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="64"/>
        <location filename="../../desktop/ui/contacts/form.py" line="238"/>
        <source>新增拜访记录</source>
        <translation>New Visit Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="65"/>
        <source>拜访记录 %1</source>
        <translation>Visit Record %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="84"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="126"/>
        <source>方式、客户与人员</source>
        <translation>Kind, Customer and People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="128"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="135"/>
        <source>新客户登记…</source>
        <translation>New Customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="140"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="146"/>
        <source>手机、带区号的座机，或 分机 1234</source>
        <translation>Mobile, landline with area code, or ext 1234</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="147"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="148"/>
        <source>来电号码</source>
        <translation>Caller&apos;s number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="150"/>
        <location filename="../../desktop/ui/contacts/form.py" line="235"/>
        <source>接待/拜访人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="151"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="152"/>
        <source>协助人</source>
        <translation>Assisted by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="154"/>
        <source>拜访对象</source>
        <translation>Person met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="155"/>
        <source>职务</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="159"/>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="162"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="163"/>
        <source>未填</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="164"/>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="167"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="171"/>
        <source>（未评）</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="173"/>
        <source>%1（%2 分）</source>
        <translation>%1 (%2 pts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="181"/>
        <source>内容与后续</source>
        <translation>Content and Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="196"/>
        <source>巡访紧急报告（主任立即可见）</source>
        <translation>Urgent field report (the supervisor sees it at once)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="198"/>
        <source>（请选择类别）</source>
        <translation>(choose a category)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="202"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="203"/>
        <source>紧急类别</source>
        <translation>Urgent category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="207"/>
        <source>需要跟进</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="216"/>
        <source>下次跟进日期</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="235"/>
        <source>接听人</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="236"/>
        <source>通话结果</source>
        <translation>Call result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="238"/>
        <source>新增电话记录</source>
        <translation>New Call Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/form.py" line="252"/>
        <source>来访后</source>
        <translation>Since the visit: </translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="50"/>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="51"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="52"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="53"/>
        <source>接待/拜访人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="54"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="55"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="56"/>
        <source>质量</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="57"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="58"/>
        <source>知名度</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="59"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="60"/>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="62"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="62"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="92"/>
        <source>没有符合条件的拜访记录。按 Ctrl+N 新增外出拜访、来访接待或电话记录，或放宽上面的筛选条件。</source>
        <translation>No records match. Press Ctrl+N to add a field visit, a walk-in reception or a call, or widen the filters above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="102"/>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="104"/>
        <source>全部方式</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="106"/>
        <source>全部目的</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="111"/>
        <source>客户（输入后从列表选择）</source>
        <translation>Customer (type, pick)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="115"/>
        <source>只看紧急</source>
        <translation>Urgent only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="117"/>
        <source>含作废</source>
        <translation>Include voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="121"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="138"/>
        <source>新增外出拜访</source>
        <translation>New Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="139"/>
        <source>新增来访接待</source>
        <translation>New Reception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="140"/>
        <source>新增电话记录</source>
        <translation>New Phone Call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="142"/>
        <source>打开/修改</source>
        <translation>Open/Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="143"/>
        <source>客户全貌</source>
        <translation>Customer Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="144"/>
        <source>撤销修改</source>
        <translation>Undo Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="145"/>
        <source>撤销自己 30 分钟内对这条记录的最后一次修改；其他错误请作废后重新登记</source>
        <translation>Undo your own last edit of this record made within 30 minutes; for other mistakes void it and record it again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="147"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="148"/>
        <source>打印报告单…</source>
        <translation>Print Report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="188"/>
        <source>已保存%1：%2 %3</source>
        <translation>Saved %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="217"/>
        <source>已撤销对这条记录的上次修改</source>
        <translation>Your last edit of this record was undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="228"/>
        <source>作废记录</source>
        <translation>Void Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="228"/>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="241"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="241"/>
        <source>请先在列表中选择一条记录。</source>
        <translation>Select a record in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="246"/>
        <source>走访客户报告单</source>
        <translation>Visit Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/list_page.py" line="250"/>
        <source>拜访记录</source>
        <translation>Visit Log</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop/ui/contacts/tab.py" line="31"/>
        <source>拜访记录</source>
        <translation>Visit Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/tab.py" line="32"/>
        <source>待跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/tab.py" line="33"/>
        <source>来访轮接</source>
        <translation>Reception Rota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/tab.py" line="34"/>
        <source>拜访积分</source>
        <translation>Visit Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/tab.py" line="48"/>
        <source>紧急报告 (%1)</source>
        <translation>Urgent Reports (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/tab.py" line="48"/>
        <source>紧急报告</source>
        <translation>Urgent Reports</translation>
    </message>
</context>
<context>
    <name>CoverDialog</name>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="35"/>
        <source>登记顶班</source>
        <translation>Register Cover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="46"/>
        <source>缺勤人</source>
        <translation>Absentee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="46"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="47"/>
        <source>顶班人</source>
        <translation>Covering clerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="47"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="59"/>
        <source>提交审批</source>
        <translation>Submit for Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="89"/>
        <source>✓ 符合顶班规则，可以提交。批准后排班表自动调整，顶班人计主动顶班 5 分。</source>
        <translation>✓ Complies with the cover rules; ready to submit. Once approved, the roster is adjusted automatically and the covering clerk earns 5 voluntary-cover points.</translation>
    </message>
</context>
<context>
    <name>CoverPage</name>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="105"/>
        <source>登记顶班…</source>
        <translation>Register Cover…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="106"/>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="107"/>
        <source>不同意…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="108"/>
        <source>撤销…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="112"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="113"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="114"/>
        <source>缺勤人</source>
        <translation>Absentee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="115"/>
        <source>顶班人</source>
        <translation>Covering clerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="116"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="116"/>
        <source>主动顶班</source>
        <translation>Voluntary cover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="116"/>
        <source>班长安排</source>
        <translation>Arranged by team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="117"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="118"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="119"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="150"/>
        <source>%3 %1 %2的顶班（顶班人 %4）</source>
        <translation>the cover of %3 %1 %2 (covered by %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="155"/>
        <source>已提交%1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="160"/>
        <source>已同意%1</source>
        <translation>Approved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="162"/>
        <source>不同意顶班</source>
        <translation>Reject Cover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="162"/>
        <source>审批意见：</source>
        <translation>Approval comments:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="164"/>
        <source>已不同意%1</source>
        <translation>Rejected %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="167"/>
        <source>撤销顶班</source>
        <translation>Revoke Cover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="167"/>
        <source>撤销原因：</source>
        <translation>Reason for revoking:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/covers.py" line="168"/>
        <source>已撤销%1</source>
        <translation>Revoked %1</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="57"/>
        <source>客户登记</source>
        <translation>Register Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="58"/>
        <source>客户资料 %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="73"/>
        <source>打开已登记的客户全貌</source>
        <translation>Open the registered customer&apos;s page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="80"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="80"/>
        <source>保存修改</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="106"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="115"/>
        <source>例如 2024-05-01</source>
        <translation>e.g. 2024-05-01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="121"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="121"/>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="121"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="122"/>
        <source>联系电话 *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="122"/>
        <source>其他电话</source>
        <translation>Other phones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="123"/>
        <source>微信/邮箱</source>
        <translation>WeChat/Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="123"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="123"/>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="125"/>
        <source>家庭成员</source>
        <translation>Family member of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="126"/>
        <source>基本信息（必填：名称和电话）</source>
        <translation>Basic Details (required: name and phone)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="127"/>
        <source>手机 138 1234 5678 或座机 0571-88886666</source>
        <translation>Mobile 138 1234 5678 or landline 0571-88886666</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="128"/>
        <source>多个号码用逗号分隔</source>
        <translation>Separate several numbers with commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="130"/>
        <source>已登记的配偶/父母/子女的客户编号或电话</source>
        <translation>Customer No. or phone of a registered spouse/parent/child</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="134"/>
        <source>单位信息（单位客户填写）</source>
        <translation>Company Details (company customers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="135"/>
        <source>企业法人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="135"/>
        <source>成立时间</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="136"/>
        <source>企业性质</source>
        <translation>Ownership type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="136"/>
        <source>员工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="136"/>
        <source>经营规模</source>
        <translation>Business size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="137"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="137"/>
        <source>注册资本</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="138"/>
        <source>开户银行/账号</source>
        <translation>Bank/Account No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="138"/>
        <source>主要联系人</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="139"/>
        <source>联系人职务</source>
        <translation>Contact&apos;s job title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="139"/>
        <source>决策关键人物</source>
        <translation>Key decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="142"/>
        <source>需求与来源</source>
        <translation>Needs and Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="143"/>
        <source>需求/意向</source>
        <translation>Needs/Interest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="143"/>
        <source>预算（元）</source>
        <translation>Budget (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="143"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="144"/>
        <source>介绍人（员工）</source>
        <translation>Referred by (staff)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="144"/>
        <source>预计来访日期</source>
        <translation>Expected visit date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="145"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="146"/>
        <source>例如 50000、5万 或 5.5万元</source>
        <translation>e.g. 50000 or 50k</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="150"/>
        <source>等级与密级</source>
        <translation>Grades and Confidentiality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="151"/>
        <source>客户等级</source>
        <translation>Customer grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="151"/>
        <source>信用等级</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="152"/>
        <source>密级</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="159"/>
        <source>机密、绝密客户只有主任及以上可以查阅完整档案，每次查阅都记入借阅卡。</source>
        <translation>Only supervisors and above may open the full record of a confidential or top-secret customer; every opening is written on the access card.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/form.py" line="177"/>
        <source>信用政策：</source>
        <translation>Credit policy: </translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="26"/>
        <source>客户编号</source>
        <translation>Customer No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="27"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="28"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="29"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="30"/>
        <source>客户等级</source>
        <translation>Customer grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="31"/>
        <source>信用等级</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="32"/>
        <source>密级</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="34"/>
        <source>归属业务员</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="35"/>
        <source>最近跟进</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="36"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="37"/>
        <source>信用复核日</source>
        <translation>Credit review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="38"/>
        <source>档案核定日</source>
        <translation>Record check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/list_model.py" line="39"/>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="46"/>
        <source>客户资料卡</source>
        <translation>Customer Card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="85"/>
        <source>新增拜访</source>
        <translation>New Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="86"/>
        <source>新增来访</source>
        <translation>New Walk-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="87"/>
        <source>新增电话</source>
        <translation>New Call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="88"/>
        <source>登记投诉</source>
        <translation>Register Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="89"/>
        <source>修改资料</source>
        <translation>Edit Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="90"/>
        <source>打印资料卡</source>
        <translation>Print Card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="91"/>
        <source>认领</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="92"/>
        <location filename="../../desktop/ui/customers/page.py" line="254"/>
        <source>释放到公共池</source>
        <translation>Release to Open Pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="93"/>
        <source>员工介绍</source>
        <translation>Staff referral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="94"/>
        <source>重点客户</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="108"/>
        <source>往来记录（最新在前）</source>
        <translation>Contact history (newest first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="111"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="118"/>
        <source>保密客户：往来记录属于档案，仅主任及以上可以查看。</source>
        <translation>Confidential customer: the contact history is part of the archive and can be viewed only by supervisors and above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="122"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="123"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="124"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="125"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="137"/>
        <source>家庭成员（双击打开）</source>
        <translation>Family members (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="152"/>
        <source>客户全貌 %1 %2</source>
        <translation>Customer Page %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="167"/>
        <source>重点客户（已设）</source>
        <translation>Key customer (set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="168"/>
        <source>设为重点客户</source>
        <translation>Make Key Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="174"/>
        <source>%1客户（密级：%2）：仅显示名称和编号。</source>
        <translation>%1 customer (confidentiality: %2): only the name and number are shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="176"/>
        <source>电话 %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="181"/>
        <source>客户等级 %1</source>
        <translation>Customer grade %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="182"/>
        <source>信用等级 %1</source>
        <translation>Credit rating %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="183"/>
        <source>密级 %1</source>
        <translation>Confidentiality %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="196"/>
        <source>（户主）</source>
        <translation>(Head of household)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/page.py" line="255"/>
        <source>把 %1 %2（及其家庭成员）释放到公共池的原因：</source>
        <translation>Reason for releasing %1 %2 (and family members) to the open pool:</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../desktop/ui/widgets/customer_picker.py" line="28"/>
        <source>输入姓名、拼音首字母、电话或客户编号</source>
        <translation>Name, pinyin initials, phone or customer No.</translation>
    </message>
</context>
<context>
    <name>CustomerRulesPage</name>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="17"/>
        <source>先登记者为准；客户最后一次跟进满一个月无新跟进即回公共池，其他业务员可以申领（客户登记制度）。归属天数填 0 即按制度的一个月；冷静期、持有上限和交接次数填 0 表示不限制。</source>
        <translation>The first registration wins; a customer with no new follow-up for a month after the last one returns to the open pool, where other salespeople may claim it (customer registration rules). 0 days of ownership means the rules&apos; one month; 0 for the cool-down, the holding cap or the hand-over count means no limit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="23"/>
        <source>%1 级客户无跟进保留天数</source>
        <translation>Days a grade %1 customer is kept without follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="25"/>
        <source>提前提醒天数（今日、客户登记）</source>
        <translation>Days of advance reminder (Today, Customer Registration)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="26"/>
        <source>原业务员再申领冷静期（天）</source>
        <translation>Cool-down before original salesperson can reclaim (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="27"/>
        <source>每人最多持有客户数（家庭计一位）</source>
        <translation>Maximum customers per person (a family counts as one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="28"/>
        <source>同一客户在职交接次数上限</source>
        <translation>Most in-service hand-overs of one customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="29"/>
        <source>在职交接次数的计算期间（天）</source>
        <translation>Period counted for in-service hand-overs (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="36"/>
        <source>有未结案投诉的客户不回公共池</source>
        <translation>Customers with an open complaint do not return to the pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="37"/>
        <source>重点客户不回公共池</source>
        <translation>Key customers do not return to the pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/customer_rules_page.py" line="42"/>
        <source>免于回收</source>
        <translation>Never returned to the pool</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="104"/>
        <source>搜索：姓名任意部分 / 拼音或首字母（zs）/ 电话 / 客户编号</source>
        <translation>Name, pinyin (zs), phone or No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="107"/>
        <source>客户等级：全部</source>
        <translation>Customer grade: all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="108"/>
        <source>信用等级：全部</source>
        <translation>Credit grade: all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="109"/>
        <source>业务员：全部</source>
        <translation>Salesperson: all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="111"/>
        <source>在册客户</source>
        <translation>Current customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="112"/>
        <source>即将回公共池</source>
        <translation>Returning to open pool soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="113"/>
        <source>全部（含归档、作废）</source>
        <translation>All (incl. archived and voided)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="115"/>
        <source>复核：不限</source>
        <translation>Reviews: any</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="115"/>
        <source>信用复核到期</source>
        <translation>Credit review due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="115"/>
        <source>档案核定到期</source>
        <translation>Record check due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="116"/>
        <source>只看我的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="128"/>
        <source>登记新客户</source>
        <translation>New Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="129"/>
        <source>客户全貌</source>
        <translation>Customer Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="130"/>
        <source>修改资料</source>
        <translation>Edit Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="131"/>
        <location filename="../../desktop/ui/customers/tab.py" line="382"/>
        <source>撤销修改</source>
        <translation>Undo Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="132"/>
        <location filename="../../desktop/ui/customers/tab.py" line="412"/>
        <source>家庭关联</source>
        <translation>Link Family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="133"/>
        <source>从公共池申领</source>
        <translation>Claim from Pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="134"/>
        <source>记录复核</source>
        <translation>Record Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="135"/>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="136"/>
        <source>客户交接</source>
        <translation>Customer Hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="137"/>
        <source>重点客户</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="138"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="139"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="140"/>
        <source>借阅记录</source>
        <translation>Access Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="141"/>
        <source>从 Excel 导入</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="142"/>
        <source>打印资料卡</source>
        <translation>Print Record Card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="177"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="207"/>
        <location filename="../../desktop/ui/customers/tab.py" line="244"/>
        <source>请继续输入：%1</source>
        <translation>Keep typing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="209"/>
        <source>正在计数…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="231"/>
        <source>黄色：已回公共池&#x3000;蓝色：机密客户（仅显示名称和编号）</source>
        <translation>Yellow: back in the pool&#x3000;Blue: confidential customer (name and number only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="233"/>
        <source>共 %1+ 位客户，请继续输入缩小范围&#x3000;%2</source>
        <translation>%1+ customers; keep typing to narrow them down&#x3000;%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="236"/>
        <source>共 %1 位客户（家庭成员合并后 %2 户）&#x3000;%3</source>
        <translation>%1 customers (%2 households)&#x3000;%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="246"/>
        <source>没有符合条件的客户。可以换个写法（姓名任意部分、拼音首字母 zs、电话后四位、客户编号），或放宽上面的筛选条件。</source>
        <translation>No customers match. Try another form (any part of the name, pinyin initials such as zs, the last four digits of a phone, the customer number), or widen the filters above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="248"/>
        <source>还没有客户。点击「登记新客户」（Ctrl+N）或「从 Excel 导入」开始建立客户档案。</source>
        <translation>No customers yet. Click “Register New Customer” (Ctrl+N) or “Import from Excel” to start the customer files.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="252"/>
        <source>查询失败：%1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="306"/>
        <location filename="../../desktop/ui/customers/tab.py" line="456"/>
        <source>客户登记</source>
        <translation>Register Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="306"/>
        <source>请先在列表中选择一位客户。</source>
        <translation>Select a customer in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="338"/>
        <source>已登记 %1 %2</source>
        <translation>Registered %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="374"/>
        <source>已保存对 %1 %2 的修改（30 分钟内可撤销）</source>
        <translation>Saved the changes to %1 %2 (can be undone within 30 minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="384"/>
        <source>撤销自己 30 分钟内对所选客户资料的最后一次修改</source>
        <translation>Undo your own last edit of the selected customer made within 30 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="395"/>
        <source>已撤销对 %1 %2 的上次修改</source>
        <translation>Your last edit of %1 %2 was undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="399"/>
        <source>作废客户</source>
        <translation>Void Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="400"/>
        <source>作废 %1 %2 的原因（记录保留，号码可重新登记）：</source>
        <translation>Reason for voiding %1 %2 (the record is kept; the number can be registered again):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="406"/>
        <source>归档客户</source>
        <translation>Archive Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="406"/>
        <source>归档原因：</source>
        <translation>Reason for archiving:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="413"/>
        <source>%1 并入哪位家庭成员（配偶/父母/子女）的家庭？请输入其客户编号或电话：</source>
        <translation>Which family member&apos;s household (spouse/parent/child) should %1 join? Enter their customer No. or phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/tab.py" line="451"/>
        <source>导入完成</source>
        <translation>Import Complete</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="38"/>
        <source>客服台 — 数据库无法使用</source>
        <translation>Service Desk — Database Unusable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="63"/>
        <source>&lt;b&gt;数据库文件无法使用&lt;/b&gt;</source>
        <translation>&lt;b&gt;The database file cannot be used&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="64"/>
        <source>%1
文件：%2</source>
        <translation>%1
File: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="66"/>
        <source>这个文件不会被删除或覆盖：恢复时它会被移到 %1 保留，以便日后抢救其中的数据。</source>
        <translation>This file is not deleted or overwritten: on restore it is moved to %1 and kept, so its data can be rescued later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="47"/>
        <source>恢复这个备份</source>
        <translation>Restore This Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="50"/>
        <source>选择备份文件…</source>
        <translation>Choose Backup File…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="53"/>
        <source>新建空数据库</source>
        <translation>New empty database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="55"/>
        <source>之前的数据库的副本会保留，不会被新数据库的自动备份轮换删除。</source>
        <translation>The copies of the earlier database are kept; the new database&apos;s automatic backups never rotate them away.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="57"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="63"/>
        <source>&lt;b&gt;数据库文件不见了&lt;/b&gt;</source>
        <translation>&lt;b&gt;The database file is missing&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="72"/>
        <source>本机没有找到可用的自动备份。请插入存有备份的U盘，然后选择备份文件。</source>
        <translation>No usable automatic backup was found on this computer. Insert the USB drive with a backup, then choose the backup file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="74"/>
        <source>最新的已校验备份：%1&#x3000;%2
%3
%4</source>
        <translation>Latest verified backup: %1  %2
%3
%4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="80"/>
        <source>选择备份文件</source>
        <translation>Choose Backup File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="80"/>
        <source>客服台备份 (*.db)</source>
        <translation>Service Desk backups (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="89"/>
        <source>正在校验备份…</source>
        <translation>Verifying the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="93"/>
        <source>损坏的数据库文件会移到 %1 保留，然后用这个备份代替它。</source>
        <translation>The damaged database file will be moved to %1 and kept, then replaced by this backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="103"/>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="108"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="108"/>
        <source>已从备份恢复：
%1

损坏的文件保留在：
%2</source>
        <translation>Restored from the backup:
%1

The damaged file is kept at:
%2</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="56"/>
        <source>客服台 — 数据存放在哪里</source>
        <translation>Service Desk — where the data is kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="59"/>
        <source>只有这一台电脑使用客服台时，选“本机文件”；办公室有几台电脑（前台、坐席、班长、主任）共用同一份数据时，选“办公室服务器”。</source>
        <translation>If only this PC uses Service Desk, choose “File on this PC”; if several PCs of the office (front desk, seats, team leaders, supervisor) share the same data, choose “Office server”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="63"/>
        <source>本机文件：%1</source>
        <translation>File on this PC: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="64"/>
        <source>办公室服务器（PostgreSQL）</source>
        <translation>Office server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="80"/>
        <source>服务器电脑</source>
        <translation>Server PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="80"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="81"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="81"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="82"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="87"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="95"/>
        <source>使用</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="97"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="114"/>
        <source>请填写服务器电脑的名称或地址，以及登录名。</source>
        <translation>Please enter the server PC&apos;s name or address, and the login.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="117"/>
        <source>连接不上服务器：%1
请确认服务器电脑已开机、与本机在同一网络，地址、登录名和密码无误。</source>
        <translation>Cannot connect to the server: %1
Please check that the server PC is on and in the same network as this PC, and that the address, login and password are right.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_choice.py" line="118"/>
        <source>连接成功。</source>
        <translation>Connected.</translation>
    </message>
</context>
<context>
    <name>DutyLogDialog</name>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="26"/>
        <source>值班日志</source>
        <translation>Duty Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="34"/>
        <source>重要事件、突发事件、系统问题</source>
        <translation>Important events, incidents, system problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="38"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="38"/>
        <source>查询</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="39"/>
        <source>主动服务</source>
        <translation>Proactive service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="44"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="44"/>
        <source>事件</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="45"/>
        <source>疑难问题</source>
        <translation>Difficult issues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="46"/>
        <source>工作量</source>
        <translation>Workload</translation>
    </message>
</context>
<context>
    <name>DutyLogPage</name>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="74"/>
        <source>填写值班日志…</source>
        <translation>Write Duty Log…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="75"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="78"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="79"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="80"/>
        <source>值班长</source>
        <translation>Duty leader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="81"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="82"/>
        <source>查询</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="83"/>
        <source>主动服务</source>
        <translation>Proactive service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="84"/>
        <source>事件</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="85"/>
        <source>疑难问题</source>
        <translation>Difficult issues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="104"/>
        <source>本月 %1 班：</source>
        <translation>This month, team %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/duty_log_page.py" line="106"/>
        <source>本月还没有值班日志：值班长每班点「填写值班日志…」，记下事件、疑难问题和咨询、查询、主动服务量。</source>
        <translation>No duty logs this month yet: each shift the duty leader clicks “Write Duty Log…” and notes the events, difficult issues and the number of consultations, enquiries and proactive services.</translation>
    </message>
</context>
<context>
    <name>FairnessPage</name>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="48"/>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="50"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="52"/>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="54"/>
        <source>全部班组</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="57"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="57"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="58"/>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="95"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="62"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="63"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="74"/>
        <source>按排班表统计；底色为比班组平均多半个或以上（夜班、周末班、节假日班、调休日班、顶班）。</source>
        <translation>Counted from the roster; shaded where half a shift or more above the team average (night, weekend, holiday, make-up workday and cover shifts).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="95"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="100"/>
        <source>班组平均</source>
        <translation>Team average</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="134"/>
        <source>值班公平统计</source>
        <translation>Duty Fairness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="139"/>
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="148"/>
        <source>值班公平统计（%1）</source>
        <translation>Duty fairness (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="154"/>
        <source>导出完成</source>
        <translation>Export Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/fairness_page.py" line="154"/>
        <source>已导出到：</source>
        <translation>Exported to:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="15"/>
        <source>客服台 — 首次使用</source>
        <translation>Service Desk — First Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="18"/>
        <source>欢迎使用客服台。请填写分店名称，并创建第一个管理员账号。之后可在「设置」中添加员工、班组和班次。</source>
        <translation>Welcome to Service Desk. Enter the branch name and create the first administrator account. You can add staff, teams and shifts later under &quot;Settings&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="24"/>
        <source>分店名称</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="24"/>
        <source>工号</source>
        <translation>Staff No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="24"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="25"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="25"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="26"/>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="36"/>
        <source>开始使用</source>
        <translation>Get Started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="44"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="40"/>
        <source>第 %1 次 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="41"/>
        <source>%1 次</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="46"/>
        <source>应跟进日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="47"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="48"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="49"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="50"/>
        <source>上次联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="52"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="53"/>
        <source>答应事项</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="54"/>
        <source>来访后跟进</source>
        <translation>Follow-ups since visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="70"/>
        <source>我的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="72"/>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="90"/>
        <source>记录跟进…</source>
        <translation>Record Follow-up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="91"/>
        <source>结束跟进…</source>
        <translation>End Follow-up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="92"/>
        <source>客户全貌</source>
        <translation>Customer Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="98"/>
        <source>记录与该客户的下一次联系即自动完成跟进；每位客户来访后至少跟进三次。</source>
        <translation>Recording the next contact with the customer completes the follow-up; every customer is followed up at least three times after a visit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="143"/>
        <source>结束跟进</source>
        <translation>End Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="143"/>
        <source>结束原因（如客户已不需要）：</source>
        <translation>Reason for ending (e.g. the customer no longer needs it):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/follow_up_page.py" line="154"/>
        <source>待跟进</source>
        <translation>Follow-ups</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desktop/ui/admin/form_page.py" line="26"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_page.py" line="50"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="44"/>
        <source>客户交接清单</source>
        <translation>Customer Hand-over List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="60"/>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="234"/>
        <source>客户交接</source>
        <translation>Customer Hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="64"/>
        <source>同一客户 %1 天内最多在职交接 %2 次</source>
        <translation>A customer is handed over in service at most %2 times in %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="65"/>
        <source>在职交接次数不限</source>
        <translation>In-service hand-overs are not limited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="66"/>
        <source>把一位员工名下的客户（连同家庭成员和未完成的跟进）交给另一位员工；接收人自交接日起重新计算归属期限。%1（设置 → 客户规则）；离职继承不受限。</source>
        <translation>Hands one person&apos;s customers (with their household members and open follow-ups) to another; the receiver&apos;s ownership period starts on the day of the hand-over. %1 (Settings → Customer Rules); a leaver&apos;s hand-over is not limited.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="77"/>
        <source>（已停用）</source>
        <translation>(deactivated)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="85"/>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="148"/>
        <source>移交人</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="86"/>
        <source>交接类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="87"/>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="149"/>
        <source>接收人</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="88"/>
        <source>交接原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="96"/>
        <source>交接并打印清单</source>
        <translation>Hand Over and Print List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="97"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="119"/>
        <source>全选</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="119"/>
        <source>全不选</source>
        <translation>Select None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="124"/>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="124"/>
        <source>客户名称</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="124"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="124"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="124"/>
        <source>未完成跟进</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="125"/>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="125"/>
        <source>能否交接</source>
        <translation>Can hand over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="140"/>
        <source>以往交接（选中后可重印交接清单）</source>
        <translation>Earlier hand-overs (select one to reprint its list)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="141"/>
        <source>打印交接清单</source>
        <translation>Print Hand-over List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="146"/>
        <source>交接单号</source>
        <translation>Hand-over no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="147"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="148"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="149"/>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="150"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="177"/>
        <source>可交接</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="195"/>
        <source>同时交接移交人在其他客户上的未完成跟进（%1 条）</source>
        <translation>Also hand over the person&apos;s open follow-ups of other customers (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="202"/>
        <source>%1 名下 %2 位客户（家庭计一位），已选 %3 位</source>
        <translation>%1 holds %2 customers (a household counts once), %3 selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="205"/>
        <source>%1 名下没有客户；请选择另一位移交人。</source>
        <translation>%1 holds no customers; please choose someone else to hand over from.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="207"/>
        <source>；%1 位已达在职交接次数上限，暂不能在职交接</source>
        <translation>; %1 have reached the in-service hand-over limit and cannot be handed over in service for now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="231"/>
        <source>正在交接客户…</source>
        <translation>Handing over customers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/handover_dialog.py" line="234"/>
        <source>已取消：已交接的客户见交接清单，其余仍归原业务员。</source>
        <translation>Cancelled: the customers already handed over are on the hand-over list; the rest stay with their owner.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="42"/>
        <source>填写交接日志</source>
        <translation>Write Handover Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="55"/>
        <source>设备、系统运行情况；正常也请写明“正常”</source>
        <translation>Equipment and systems; if all is well, write “normal”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="66"/>
        <source>其他疑难问题，每行一条</source>
        <translation>Other difficult issues, one a line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="69"/>
        <source>交班班次</source>
        <translation>Outgoing shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="69"/>
        <source>接班班次</source>
        <translation>Incoming shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="70"/>
        <source>设备情况</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="70"/>
        <source>疑难问题（勾选）</source>
        <translation>Difficult issues (tick)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="71"/>
        <source>其他疑难问题</source>
        <translation>Other difficult issues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="72"/>
        <source>人员调班情况</source>
        <translation>Staffing changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="73"/>
        <source>通告、业务变更</source>
        <translation>Notices, business changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="78"/>
        <source>交班</source>
        <translation>Hand Over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="90"/>
        <source>现在没有可以交班的班次。</source>
        <translation>There is no shift to hand over now.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="118"/>
        <source>填写交接日志…</source>
        <translation>Write Handover Log…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="119"/>
        <source>确认接班</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="120"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="121"/>
        <source>打印交接日志</source>
        <translation>Print Handover Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="126"/>
        <source>交班</source>
        <translation>Hand Over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="127"/>
        <source>接班</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="128"/>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="129"/>
        <source>疑难问题</source>
        <translation>Difficult issues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="130"/>
        <source>接班确认</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="131"/>
        <source>设备情况</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="164"/>
        <source>选择一条交接日志查看全文。</source>
        <translation>Select a handover log to read it in full.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="165"/>
        <source>本月没有交接日志。交班时点「填写交接日志…」，写明设备情况、疑难问题和通告，由接班人确认接班。</source>
        <translation>No handover logs this month. At the change of shift click “Write Handover Log…”, note the equipment, difficult issues and notices, and the incoming shift acknowledges it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="187"/>
        <source>作废交接日志</source>
        <translation>Void Handover Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="187"/>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/handover_page.py" line="201"/>
        <source>交接日志</source>
        <translation>Handover Log</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="44"/>
        <source>从 Excel 导入客户</source>
        <translation>Import Customers from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="48"/>
        <source>选择文件…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="50"/>
        <source>请选择客户表格（.xlsx，第一行为列标题）。</source>
        <translation>Choose a customer spreadsheet (.xlsx, column titles in the first row).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="59"/>
        <source>列对应（* 为必选）</source>
        <translation>Column mapping (* required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="63"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="63"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="63"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="63"/>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="71"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="73"/>
        <source>导入有效行</source>
        <translation>Import Valid Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="75"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="89"/>
        <source>选择客户表格</source>
        <translation>Choose Customer Spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="97"/>
        <source>正在读取表格…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="101"/>
        <source>%1：工作表「%2」，%3 行数据</source>
        <translation>%1: sheet &quot;%2&quot;, %3 data rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="115"/>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="130"/>
        <source>正在检查每一行…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="140"/>
        <source>可导入</source>
        <translation>Can be imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="151"/>
        <source>共 %1 行：可导入 %2 行，重复 %3 行，有错误 %4 行（有问题的行不会导入）。</source>
        <translation>%1 rows: %2 can be imported, %3 duplicates, %4 with errors (rows with problems are not imported).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="155"/>
        <source>另有 %1 行的号码正在由其他席位导入，请在其导入完成后重新检查这些行。</source>
        <translation>%1 more rows have numbers another desk is importing right now: check these rows again once that import has finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="163"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="175"/>
        <source>已导入 %1 位客户（客户编号 %2 至 %3），跳过 %4 行。</source>
        <translation>Imported %1 customers (Nos. %2 to %3); %4 rows skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/import_dialog.py" line="186"/>
        <source>发生意外错误：%1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
<context>
    <name>InterfacePage</name>
    <message>
        <location filename="../../desktop/ui/admin/interface_page.py" line="27"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/interface_page.py" line="28"/>
        <source>不自动锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/interface_page.py" line="30"/>
        <source>分店名称</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/interface_page.py" line="31"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/interface_page.py" line="32"/>
        <source>空闲自动锁定</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/interface_page.py" line="35"/>
        <source>（未指定）</source>
        <translation>(Not specified)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/interface_page.py" line="39"/>
        <source>客服中心主任</source>
        <translation>Service-Centre Director</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/interface_page.py" line="40"/>
        <source>界面语言在下次启动客服台时生效。分店名称用于窗口标题和打印的表头。客服中心主任批准一天以上的请假和公假。</source>
        <translation>The interface language takes effect the next time Service Desk starts. The branch name is used in window titles and printed headers. The service-centre director approves leave of more than one day and official leave.</translation>
    </message>
</context>
<context>
    <name>KeyCustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="149"/>
        <source>重点客户</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="149"/>
        <source>%1 %2：重点客户不回公共池，其投诉必须回访后才能结案。</source>
        <translation>%1 %2: a key customer never returns to the pool, and its complaints are closed only after a call-back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="157"/>
        <source>将其设为重点客户的原因</source>
        <translation>Why it is a key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="157"/>
        <source>销售额目标</source>
        <translation>Sales target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="158"/>
        <source>实现目标的行动措施</source>
        <translation>Actions to reach the target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="158"/>
        <source>客户服务部经理建议</source>
        <translation>Customer service manager&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="159"/>
        <source>总经理建议</source>
        <translation>General manager&apos;s advice</translation>
    </message>
</context>
<context>
    <name>KeyCustomersDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="27"/>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="36"/>
        <source>重点客户管理表</source>
        <translation>Key Customer Register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="43"/>
        <source>输入客户名称、编号或电话，选中后点「设为重点客户」</source>
        <translation>Type a customer&apos;s name, number or phone, pick it, then click “Make Key Customer”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="45"/>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="98"/>
        <source>设为重点客户</source>
        <translation>Make Key Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="46"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="47"/>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="119"/>
        <source>取消重点客户</source>
        <translation>Remove Key Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="48"/>
        <source>打印管理表</source>
        <translation>Print Register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="59"/>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="59"/>
        <source>客户名称</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="60"/>
        <source>归属业务员</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="61"/>
        <source>销售额目标</source>
        <translation>Sales target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="62"/>
        <source>将其设为重点客户的原因</source>
        <translation>Why it is a key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="63"/>
        <source>实现目标的行动措施</source>
        <translation>Actions to reach the target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="64"/>
        <source>设定日期</source>
        <translation>Set on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="75"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="84"/>
        <source>共 %1 位重点客户；其投诉必须回访后才能结案，不回公共池。</source>
        <translation>%1 key customers; their complaints are closed only after a call-back, and they never return to the pool.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="87"/>
        <source>还没有重点客户：在上方输入客户名称、编号或电话，选中后点「设为重点客户」。</source>
        <translation>No key customers yet: type a customer&apos;s name, number or phone above, pick it, then click “Make Key Customer”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="89"/>
        <source>还没有重点客户；重点客户由主任设定。</source>
        <translation>No key customers yet; the supervisor sets them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="98"/>
        <source>请先在左边的框里选出客户。</source>
        <translation>Please pick a customer in the box on the left first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/key_customers_dialog.py" line="120"/>
        <source>%1 %2 不再作为重点客户的原因：</source>
        <translation>Why %1 %2 is no longer a key customer:</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="46"/>
        <source>请假申请</source>
        <translation>Leave Request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="63"/>
        <source>全天</source>
        <translation>Full day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="63"/>
        <source>上午</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="63"/>
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="64"/>
        <source>特殊事假 / 急诊</source>
        <translation>Special personal leave / emergency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="68"/>
        <source>请假人</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="69"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="69"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="70"/>
        <source>半天</source>
        <translation>Half day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="70"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="71"/>
        <source>电话通知班长</source>
        <translation>Team leader notified by phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="76"/>
        <source>一般事假须提前一天、特殊事假须班前一小时提出；病假可由他人代请，急诊须在班前电话通知班长。一天由班长、客服部主任逐级审批，一天以上和公假还须客服中心主任批准。</source>
        <translation>Ordinary personal leave must be requested one day in advance, and special personal leave one hour before the shift; sick leave may be requested by someone else, and for emergencies the team leader must be phoned before the shift. Leave of one day is approved by the team leader and then the customer-service supervisor; leave of more than one day and official leave also require approval by the service-centre director.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="85"/>
        <source>提交审批</source>
        <translation>Submit for Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="96"/>
        <source>请假制度检查</source>
        <translation>Leave Policy Check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="122"/>
        <source>⚠ 迟报：</source>
        <translation>⚠ Late request:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="122"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="123"/>
        <source>。须经管理人员批准方可生效，否则按旷工处理。</source>
        <translation>. Takes effect only with management approval; otherwise it counts as absence without leave.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="127"/>
        <source>审批：</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="129"/>
        <source>✓ 符合请假制度，可以提交。</source>
        <translation>✓ Complies with the leave policy; ready to submit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="68"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave_form.py" line="71"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>LeavePage</name>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="29"/>
        <source>请假申请…</source>
        <translation>Leave Request…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="30"/>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="31"/>
        <source>不同意…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="32"/>
        <source>撤回…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="33"/>
        <source>交证明</source>
        <translation>Proof submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="34"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="35"/>
        <source>打印请假条</source>
        <translation>Print Leave Slip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="41"/>
        <source>请假人</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="42"/>
        <source>开始</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="43"/>
        <source>结束</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="44"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="45"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="46"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="47"/>
        <source>逐级审批</source>
        <translation>Step-by-step approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="48"/>
        <source>迟报</source>
        <translation>Late request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="49"/>
        <source>代请</source>
        <translation>Requested by proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="50"/>
        <source>医疗证明</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="69"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="75"/>
        <source>未交</source>
        <translation>not handed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="76"/>
        <source>%1 已交</source>
        <translation>handed in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="90"/>
        <source>%1 %2 至 %3 的请假</source>
        <translation>the leave of %1 from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="95"/>
        <source>已提交%1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="100"/>
        <source>已同意%1</source>
        <translation>Approved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="104"/>
        <source>已不同意%1</source>
        <translation>Rejected %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="108"/>
        <source>已撤回%1</source>
        <translation>Withdrew %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="112"/>
        <source>已记录%1的医疗证明</source>
        <translation>Recorded the medical certificate of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="116"/>
        <source>已作废%1</source>
        <translation>Voided %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="128"/>
        <source>请假条</source>
        <translation>Leave Slip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="51"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="102"/>
        <source>不同意请假</source>
        <translation>Reject Leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="102"/>
        <source>审批意见：</source>
        <translation>Approval comments:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="107"/>
        <source>撤回请假</source>
        <translation>Withdraw Leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="107"/>
        <source>撤回原因：</source>
        <translation>Reason for withdrawal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="115"/>
        <source>作废请假</source>
        <translation>Void Leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/leave.py" line="115"/>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="46"/>
        <source>&lt;h2&gt;已锁定&lt;/h2&gt;%1 的工作台已锁定。本人或主任输入密码后继续。</source>
        <translation>&lt;h2&gt;Locked&lt;/h2&gt;%1&apos;s desk is locked. %1 or a supervisor continues by entering the password.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="55"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="56"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="58"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="16"/>
        <source>客服台 — 登录</source>
        <translation>Service Desk — Log In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="19"/>
        <source>&lt;h2&gt;客服台&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Service Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="27"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="28"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="31"/>
        <source>登录</source>
        <translation>Log In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="45"/>
        <source>请先修改密码，然后才能使用客服台。</source>
        <translation>Please change your password before using Service Desk.</translation>
    </message>
</context>
<context>
    <name>LoginLogPage</name>
    <message>
        <location filename="../../desktop/ui/admin/login_log_page.py" line="25"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_log_page.py" line="26"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_log_page.py" line="27"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_log_page.py" line="28"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51"/>
        <source>客服台 — %1</source>
        <translation>Service Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>拜访记录</source>
        <translation>Visit Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>客户登记</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117"/>
        <source>投诉处理</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117"/>
        <source>换班登记</source>
        <translation>Shift Swaps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>数据库已恢复</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>主任已在另一台电脑或另一个窗口从备份恢复了数据库，本窗口显示的内容已经过时。请重新登录。</source>
        <translation>A supervisor has restored the database from a backup on another PC or in another window; what this window shows is out of date. Please log in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>提醒：</source>
        <translation>Reminder: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>客服台提醒</source>
        <translation>Service Desk reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>当前用户：%1（%2）    数据库：%3</source>
        <translation>User: %1 (%2)    Database: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>备份到U盘/文件夹…</source>
        <translation>Back Up to USB Drive/Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>导出到 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>报表(&amp;R)</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <source>日报</source>
        <translation>Daily Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <source>周报</source>
        <translation>Weekly Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251"/>
        <source>月报</source>
        <translation>Monthly Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <source>系统设置…</source>
        <translation>System Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>运行时提醒</source>
        <translation>Reminders while running</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>新的审批、到期的跟进、将要超期的投诉在状态栏和托盘提示一次</source>
        <translation>New approvals, follow-ups falling due and complaints running out of time are announced once in the status bar and the tray</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>开始使用清单…</source>
        <translation>Getting Started Checklist…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267"/>
        <source>快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268"/>
        <source>关于客服台</source>
        <translation>About Service Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>新建记录…</source>
        <translation>New Record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>到本页的搜索框</source>
        <translation>Go to this page&apos;s search box</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>本页的新建表单</source>
        <translation>New-record form on this page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>重新读取本页</source>
        <translation>Reload this page</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="29"/>
        <source>%1：合并重复投诉</source>
        <translation>%1: Merge Duplicate Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="32"/>
        <source>同一客户就同一件事的两张投诉单合并为较早的一张；较晚的一张保留编号，以「已合并」结案，处理经过与回访记录显示在合并后的单上。合并后的单未结案前可以撤销合并。</source>
        <translation>Two complaints from the same customer about the same matter are merged into the earlier one; the later one keeps its number and is closed as “Merged”, and its handling history and callback records appear on the merged complaint. The merge can be undone until the merged complaint is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="37"/>
        <source>与哪一张合并</source>
        <translation>Merge with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="41"/>
        <source>合并理由</source>
        <translation>Reason for merging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="46"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="46"/>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="46"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="46"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="46"/>
        <source>投诉内容</source>
        <translation>Complaint details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/merge.py" line="72"/>
        <source>这位客户没有其他未结案的投诉单可以合并。</source>
        <translation>This customer has no other open complaints to merge with.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../desktop/ui/staffing/common.py" line="38"/>
        <source>yyyy年MM月</source>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="41"/>
        <source>%1月</source>
        <translation>M%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="44"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="45"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="46"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="58"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="68"/>
        <source>打印积分表…</source>
        <translation>Print Points Sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="91"/>
        <source>本月计划：客户</source>
        <translation>Plan for this month: customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="98"/>
        <source> 次</source>
        <translation> visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="100"/>
        <source>保存计划</source>
        <translation>Save Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="115"/>
        <source>工号</source>
        <translation>Staff No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="115"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="115"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="115"/>
        <source>外出拜访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="115"/>
        <source>来访接待</source>
        <translation>Receptions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="116"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="116"/>
        <source>差额</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="116"/>
        <source>计划拜访</source>
        <translation>Planned visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="116"/>
        <source>标记</source>
        <translation>Flag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/contacts/points_page.py" line="177"/>
        <source>少 %n 分</source>
        <translation>
            <numerusform>%n point short</numerusform>
            <numerusform>%n points short</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="124"/>
        <source>每人每月至少 %1 分；%2 人少 3 分及以上（红色）。</source>
        <translation>At least %1 points per person per month; %2 people are 3 or more points short (red).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="142"/>
        <source>%1年 访问计划完成表：</source>
        <translation>%1 visit plan, planned vs. done:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="146"/>
        <source>每格为 计划/实际 拜访次数</source>
        <translation>Each cell: planned/actual visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="156"/>
        <source>访问计划</source>
        <translation>Visit Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="156"/>
        <source>请选择业务员，并从列表中选择客户。</source>
        <translation>Choose a salesperson, and pick a customer from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="171"/>
        <source>业务积分表</source>
        <translation>Visit Points Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="181"/>
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="187"/>
        <source>%1年%2月业务积分</source>
        <translation>Points %1-%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/points_page.py" line="193"/>
        <source>导出完成</source>
        <translation>Export Complete</translation>
    </message>
</context>
<context>
    <name>QualityReportPage</name>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="29"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="32"/>
        <source>值班日志 %1 班：咨询 %2&#x3000;查询 %3&#x3000;主动服务 %4</source>
        <translation>Duty logs of %1 shifts: consultations %2&#x3000;enquiries %3&#x3000;proactive service %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="34"/>
        <source>投诉 %1 件（%2；%3），已结案 %4，超时答复 %5，月底未结 %6</source>
        <translation>%1 complaints (%2; %3), %4 closed, %5 answered late, %6 open at the month&apos;s end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="37"/>
        <source>回访 %1 次，联系上 %2 次；满意度：%3</source>
        <translation>%1 call-backs, %2 reached; satisfaction: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="39"/>
        <source>值班日志记下的事件 %1 条、疑难问题 %2 条（打印时全部列出）</source>
        <translation>%1 events and %2 difficult issues in the duty logs (all listed in the print)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="61"/>
        <source>报告月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="63"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="69"/>
        <source>保存草稿</source>
        <translation>Save Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="70"/>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="138"/>
        <source>交主任</source>
        <translation>Hand In to Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="71"/>
        <source>打印报告</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="83"/>
        <source>服务质量分析</source>
        <translation>Service quality analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="84"/>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="85"/>
        <source>改进措施</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="107"/>
        <source>还没有班组。</source>
        <translation>There are no teams yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="138"/>
        <source>交给主任后报告不能再修改。确定提交吗？</source>
        <translation>Once handed in, the report cannot be changed. Hand it in?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/quality_page.py" line="166"/>
        <source>服务质量分析报告</source>
        <translation>Service Quality Report</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="66"/>
        <source>改派客户</source>
        <translation>Reassign Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="66"/>
        <source>把 %1 %2（及其家庭成员）改派给：</source>
        <translation>Reassign %1 %2 (and their family members) to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="76"/>
        <source>新归属业务员</source>
        <translation>New owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="77"/>
        <source>改派原因</source>
        <translation>Reason for reassigning</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../desktop/ui/staffing/common.py" line="102"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/ui/admin/record_page.py" line="57"/>
        <location filename="../../desktop/ui/admin/record_page.py" line="115"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/record_page.py" line="59"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/record_page.py" line="121"/>
        <source>修改：%1</source>
        <translation>Edit: %1</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="119"/>
        <source>员工介绍登记</source>
        <translation>Staff Referral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="120"/>
        <source>%1 %2：介绍的客户须在首次来访前登记，注明预计来访日期；客户当天来访并在接待台登记即介绍有效，未如期来访则介绍登记失效，可重新登记。</source>
        <translation>%1 %2: a referred customer is registered before the first visit, with the expected visit date; the referral holds when the customer comes that day and signs in at the reception desk, and lapses otherwise (it may then be registered again).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="135"/>
        <source>介绍人</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="136"/>
        <source>预计来访日期</source>
        <translation>Expected visit</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="75"/>
        <source>全部月份</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="76"/>
        <source>全部班组</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="77"/>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="79"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="82"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="82"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="83"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="49"/>
        <location filename="../../desktop/ui/staffing/register.py" line="83"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="43"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="44"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="45"/>
        <source>替班人</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="46"/>
        <source>换班日期/班次</source>
        <translation>Swap date/shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="47"/>
        <source>还班日期/班次</source>
        <translation>Return date/shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="48"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="50"/>
        <source>审批情况</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="97"/>
        <source>新建换班…</source>
        <translation>New Swap…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="98"/>
        <source>撤销换班…</source>
        <translation>Withdraw Swap…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="99"/>
        <source>打印换班登记表…</source>
        <translation>Print Swap Form…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="100"/>
        <source>打印本月登记簿…</source>
        <translation>Print This Month&apos;s Register…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="136"/>
        <source>已提交换班 %1</source>
        <translation>Submitted swap %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="149"/>
        <source>第 %1 号：%2 与 %3，%4</source>
        <translation>No. %1: %2 with %3, %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="157"/>
        <source>撤销换班</source>
        <translation>Withdraw Swap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="157"/>
        <source>撤销原因：</source>
        <translation>Reason for withdrawing:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="165"/>
        <source>已撤销换班 %1</source>
        <translation>Withdrew swap %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="184"/>
        <source>换班登记表</source>
        <translation>Shift Swap Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/register.py" line="189"/>
        <location filename="../../desktop/ui/staffing/register.py" line="192"/>
        <source>换班登记簿</source>
        <translation>Shift Swap Register</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="68"/>
        <location filename="../../desktop/ui/reports/window.py" line="82"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="84"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="88"/>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="89"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="90"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="91"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="128"/>
        <source>正在统计 %1…</source>
        <translation>Counting %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="152"/>
        <source>报表统计失败：%1</source>
        <translation>The report could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="190"/>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="228"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="242"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/window.py" line="253"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="50"/>
        <source>确认恢复</source>
        <translation>Confirm Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="53"/>
        <source>&lt;b&gt;用这个备份替换当前数据库？&lt;/b&gt;</source>
        <translation>&lt;b&gt;Replace the current database with this backup?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="55"/>
        <source>备份时间：</source>
        <translation>Backed up at:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="56"/>
        <source>分店：</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="56"/>
        <source>（未填写）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="57"/>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="58"/>
        <source>大小：</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="59"/>
        <source>完整性检查：</source>
        <translation>Integrity check:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="59"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="60"/>
        <source>结构版本：</source>
        <translation>Schema version:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/files/restore_dialog.py" line="63"/>
        <source>%n 条</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="66"/>
        <source>当前数据库会先另存到 %1，然后被替换。备份时间之后录入的内容不在这个备份里（仍保留在另存的文件中）。恢复后需要重新登录。</source>
        <translation>The current database is first saved as %1, then replaced. Anything entered after the backup time is not in this backup (it stays in the saved file). You will need to log in again after the restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="71"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="93"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="96"/>
        <source>选择要恢复的备份。恢复前会先校验备份文件，并把当前数据库另存，不会丢失。</source>
        <translation>Choose the backup to restore. The backup file is verified first and the current database is saved aside, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="105"/>
        <source>选择备份文件…</source>
        <translation>Choose Backup File…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="111"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="119"/>
        <source>没有找到备份。请插入存有备份的U盘，或点击「选择备份文件…」。</source>
        <translation>No backup found. Insert the USB drive with a backup, or click &quot;Choose Backup File…&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="136"/>
        <source>选择备份文件</source>
        <translation>Choose Backup File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="136"/>
        <source>客服台备份 (*.db)</source>
        <translation>Service Desk backups (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="143"/>
        <source>请先选择一个备份。</source>
        <translation>Choose a backup first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="147"/>
        <source>正在校验备份…</source>
        <translation>Verifying the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="159"/>
        <source>正在准备恢复…</source>
        <translation>Preparing the restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="166"/>
        <source>恢复完成</source>
        <translation>Restore Complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/restore_dialog.py" line="167"/>
        <source>已从备份恢复：
%1

恢复前的数据库已另存为：
%2

请重新登录。</source>
        <translation>Restored from the backup:
%1

The database from before the restore was saved as:
%2

Please log in again.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="88"/>
        <source>记录复核</source>
        <translation>Record Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="88"/>
        <source>%1 %2：记录今天完成的复核。</source>
        <translation>%1 %2: record the review completed today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="94"/>
        <source>信用复核</source>
        <translation>Credit review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="95"/>
        <source>档案季度核定</source>
        <translation>Quarterly record check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="101"/>
        <source>复核内容</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="102"/>
        <source>信用等级</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customers/dialogs.py" line="103"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../desktop/ui/admin/roster_grid.py" line="143"/>
        <location filename="../../desktop/ui/staffing/roster_view.py" line="62"/>
        <source>一二三四五六日</source>
        <translation>MTWTFSS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_grid.py" line="149"/>
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_grid.py" line="151"/>
        <source>周末</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_grid.py" line="152"/>
        <source>调休上班日</source>
        <translation>Make-up workday</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="34"/>
        <source>◀ 上月</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="37"/>
        <source>yyyy年M月</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="40"/>
        <source>下月 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="44"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="46"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="48"/>
        <source>班组：</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="68"/>
        <location filename="../../desktop/ui/staffing/roster_view.py" line="79"/>
        <source>全部班组</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="78"/>
        <source>%1。双击单元格选择班次，或选中单元格后输入班次首字或编号；0、Delete 或空格设为休息。粉色为周末和节假日，橙色为请假（“假”为请假且未排班），蓝色为经批准的换班，黄色为尚未保存的修改。</source>
        <translation>%1. Double-click a cell to choose a shift, or select cells and type a shift&apos;s first letter or number; 0, Delete or Space sets rest. Pink: weekends and holidays; orange: leave (&quot;L&quot;: leave with no shift); blue: approved swap; yellow: unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="86"/>
        <source>未保存的修改</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/roster_page.py" line="87"/>
        <source>排班表有 %n 处修改尚未保存，放弃这些修改吗？</source>
        <translation>
            <numerusform>The roster has %n unsaved change. Discard it?</numerusform>
            <numerusform>The roster has %n unsaved changes. Discard them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/roster_page.py" line="120"/>
        <source>%n 处未保存</source>
        <translation>
            <numerusform>%n unsaved</numerusform>
            <numerusform>%n unsaved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="135"/>
        <source>打印排班表</source>
        <translation>Print Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="135"/>
        <source>请先保存排班表的修改，再打印。</source>
        <translation>Save the roster changes before printing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="137"/>
        <source>排班表_%1年%2月.pdf</source>
        <translation>Roster_%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="139"/>
        <source>排班表</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/roster_view.py" line="80"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/roster_view.py" line="82"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/roster_view.py" line="95"/>
        <source>班次：</source>
        <translation>Shifts: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/roster_view.py" line="96"/>
        <source>。橙色 = 请假（“假”为请假且未排班，请假类型见提示），蓝色 = 经批准的换班（替班、还班，空格为换出），红色日期 = 节假日。只读，排班在「设置」中编辑。</source>
        <translation>. Orange = leave (&quot;L&quot;: leave with no shift; the kind of leave is in the tooltip), blue = approved swap (substitute, return; blank = swapped out), red date = holiday. Read-only; the roster is edited under &quot;Settings&quot;.</translation>
    </message>
</context>
<context>
    <name>RotationPage</name>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="39"/>
        <source>接待下一位来访</source>
        <translation>Receive Next Visitor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="40"/>
        <source>客户指定：</source>
        <translation>Requested by customer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="44"/>
        <source>由指定人接待</source>
        <translation>Received by Requested Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="46"/>
        <source>标记不在</source>
        <translation>Mark Away</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="47"/>
        <source>在岗/接待完毕</source>
        <translation>Present/Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="48"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="54"/>
        <source>按当日排班顺序轮流接待；轮到的人不在或正在接待时由下一位接待，不予补回。客户指定某人时由其接待，轮接顺序不变；如正轮到此人则计为轮过；指定的人不在时由轮到的人接待。</source>
        <translation>Visitors are received in turn in the order of today&apos;s roster; if the person whose turn it is is away or busy, the next one receives and the turn is not made up. A visitor who asks for someone is received by that person and the order stays; if it was that person&apos;s turn, the turn counts as taken; if the requested person is away, the person whose turn it is receives.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="71"/>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="71"/>
        <source>工号</source>
        <translation>Staff No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="71"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="71"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="72"/>
        <source>在班</source>
        <translation>On shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="72"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="72"/>
        <source>今日接待</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="76"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="76"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="78"/>
        <source>▶ 下一位</source>
        <translation>▶ Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="85"/>
        <source>下一位接待：%1</source>
        <translation>Next to receive: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/rotation_page.py" line="86"/>
        <source>现在没有可以接待的业务员。</source>
        <translation>No salesperson is available to receive a visitor now.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="69"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="72"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="72"/>
        <source>班组</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="72"/>
        <source>班次</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="72"/>
        <source>排班表</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="72"/>
        <source>工作日历</source>
        <translation>Work Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="73"/>
        <source>操作日志</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="73"/>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="73"/>
        <source>登录日志</source>
        <translation>Login log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="73"/>
        <source>客户规则</source>
        <translation>Customer Rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="73"/>
        <source>话术</source>
        <translation>Phrasings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_dialog.py" line="86"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SetupChecklistDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/setup_checklist.py" line="38"/>
        <source>开始使用清单</source>
        <translation>Getting Started Checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/setup_checklist.py" line="40"/>
        <source>开始使用前，请逐项完成下面的设置。完成的项目打 ✓；以后可以在 帮助 → 开始使用清单 中再看。</source>
        <translation>Before you start, complete each setting below. Finished items are ticked ✓; you can see this list again under Help → Getting Started Checklist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/setup_checklist.py" line="47"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/setup_checklist.py" line="76"/>
        <source>已核对</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/setup_checklist.py" line="80"/>
        <source>备份…</source>
        <translation>Back Up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/setup_checklist.py" line="83"/>
        <source>去设置…</source>
        <translation>Set Up…</translation>
    </message>
</context>
<context>
    <name>ShiftDelegate</name>
    <message>
        <location filename="../../desktop/ui/admin/roster_grid.py" line="161"/>
        <source>休息</source>
        <translation>Rest</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="21"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="22"/>
        <source>上班</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="23"/>
        <source>下班</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="24"/>
        <source>时段</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="25"/>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="40"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="25"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="25"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="39"/>
        <source>时:分，如 08:00</source>
        <translation>hh:mm, e.g. 08:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="41"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="42"/>
        <source>上班时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="43"/>
        <source>下班时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/shifts_page.py" line="47"/>
        <source>下班时间早于或等于上班时间的班次跨越午夜，在次日下班（如 20:00–次日08:00）。排班表中按班次名称的首字输入。</source>
        <translation>A shift whose end time is at or before its start crosses midnight and ends the next day (e.g. 20:00–08:00 next day). In the roster, a shift is entered by the first character of its name.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="18"/>
        <source>快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="22"/>
        <source>按键</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="22"/>
        <source>作用</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="50"/>
        <source>今日、拜访记录、客户登记、投诉处理、换班登记</source>
        <translation>Today, Visit Log, Customer Registration, Complaint Handling, Shift Swaps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="51"/>
        <source>保存表单</source>
        <translation>Save form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="52"/>
        <source>取消表单</source>
        <translation>Cancel form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="53"/>
        <source>下一个 / 上一个字段（多行文本框里也一样）</source>
        <translation>Next / previous field (also in multi-line text boxes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="54"/>
        <source>在带「话术…」按钮的文本框里：选择并插入话术</source>
        <translation>In a text box with a “Phrasing…” button: choose and insert a phrasing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="55"/>
        <source>在搜索框里：搜索；只有一个结果时直接选中</source>
        <translation>In the search box: search; selects the result directly if there is only one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="56"/>
        <source>在搜索结果里上下选择</source>
        <translation>Move up and down in the search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="57"/>
        <source>日期时间框：直接输入 12月5日 14:30，也可输入 12-05 14:30</source>
        <translation>Date/time boxes: type 12-05 14:30 directly (12月5日 14:30 also works)</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="25"/>
        <location filename="../../desktop/ui/admin/staff_page.py" line="54"/>
        <source>工号</source>
        <translation>Staff No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="26"/>
        <location filename="../../desktop/ui/admin/staff_page.py" line="54"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="27"/>
        <location filename="../../desktop/ui/admin/staff_page.py" line="55"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="28"/>
        <location filename="../../desktop/ui/admin/staff_page.py" line="55"/>
        <source>岗位/工种</source>
        <translation>Position/Trade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="29"/>
        <location filename="../../desktop/ui/admin/staff_page.py" line="56"/>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="30"/>
        <location filename="../../desktop/ui/admin/staff_page.py" line="56"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="31"/>
        <location filename="../../desktop/ui/admin/staff_page.py" line="57"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="32"/>
        <location filename="../../desktop/ui/admin/staff_page.py" line="52"/>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="32"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="32"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="57"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="65"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="70"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="79"/>
        <source>留空则不修改</source>
        <translation>Leave empty to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="97"/>
        <source>停用员工</source>
        <translation>Deactivate Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="98"/>
        <source>停用 %1 后，此人不能再登录，也不再出现在排班表中；历史记录保留。确定停用吗？</source>
        <translation>After deactivating %1, this person can no longer log in and no longer appears in the roster; their history is kept. Deactivate?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="118"/>
        <source>离职交接</source>
        <translation>Leaver&apos;s Hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="119"/>
        <source>%1 名下还有 %2 位客户、%3 条未完成的跟进。停用前如何处理？

交给他人：按离职继承交给一位同事，并打印交接清单。
不交接：客户按客户规则到期回公共池，跟进留在 %1 名下（班长、主任在今日的逾期跟进中可见）。</source>
        <translation>%1 still holds %2 customers and %3 open follow-ups. What happens to them before the account is deactivated?

Hand to someone: a leaver&apos;s hand-over to a colleague, with a printed hand-over list.
No hand-over: the customers return to the pool when the customer rules say, and the follow-ups stay with %1 (team leaders and the supervisor see them among the overdue follow-ups on Today).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="124"/>
        <source>其中 %1 位是重点客户或有未结案投诉，不会回公共池，应当交接。</source>
        <translation>%1 of them are key customers or have open complaints and will not return to the pool: they should be handed over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="126"/>
        <source>交给他人…</source>
        <translation>Hand to Someone…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="127"/>
        <source>不交接，直接停用</source>
        <translation>Deactivate Without Hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/staff_page.py" line="128"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../../desktop/ui/complaints/statistics.py" line="96"/>
        <source>投诉统计</source>
        <translation>Complaint Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/statistics.py" line="104"/>
        <source>客诉案件统计表（月）</source>
        <translation>Complaint Statistics (Monthly)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/statistics.py" line="105"/>
        <source>回访满意度分析（周）</source>
        <translation>Call-back satisfaction analysis (weekly)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/statistics.py" line="99"/>
        <source>结案月份</source>
        <translation>Month closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/statistics.py" line="101"/>
        <source>所在周（任选一天）</source>
        <translation>Week (any day in it)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../desktop/ui/complaints/statistics.py" line="52"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/statistics.py" line="54"/>
        <source>导出到 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/statistics.py" line="87"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="110"/>
        <source>判断</source>
        <translation>Assess</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="110"/>
        <source>成立</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="110"/>
        <source>不成立</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="111"/>
        <source>判断意见/不成立原因</source>
        <translation>Assessment / why not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="112"/>
        <source>给客户的答复（不成立时）</source>
        <translation>Reply to the customer (if not valid)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="114"/>
        <source>责任部门</source>
        <translation>Responsible dept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="116"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="119"/>
        <location filename="../../desktop/ui/complaints/actions.py" line="123"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="120"/>
        <location filename="../../desktop/ui/complaints/actions.py" line="129"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="122"/>
        <source>调查结果与原因</source>
        <translation>Findings and cause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="124"/>
        <source>原因类别</source>
        <translation>Cause type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="126"/>
        <source>处理方案</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="128"/>
        <source>审批意见</source>
        <translation>Approval note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="128"/>
        <source>退回意见</source>
        <translation>Reason for sending back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="128"/>
        <source>主任意见</source>
        <translation>Supervisor&apos;s note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="129"/>
        <source>结案意见</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="130"/>
        <source>催办意见</source>
        <translation>Reminder note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="133"/>
        <source>处理方案：</source>
        <translation>Proposal: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="135"/>
        <source>告知客户的处理结果</source>
        <translation>Outcome told to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="136"/>
        <source>批准的方案：</source>
        <translation>Approved proposal: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="138"/>
        <source>联系结果</source>
        <translation>Contact result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="139"/>
        <source>联系上</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="139"/>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="139"/>
        <source>联系方式有误</source>
        <translation>Wrong contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="140"/>
        <source>客户满意度</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="141"/>
        <source>问题是否解决</source>
        <translation>Problem solved?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="142"/>
        <source>已解决</source>
        <translation>Solved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="142"/>
        <source>未解决</source>
        <translation>Not solved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="143"/>
        <source>回访记录</source>
        <translation>Callback notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="147"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="148"/>
        <source>处理期限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="149"/>
        <source>特殊情况说明</source>
        <translation>Special circumstances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="151"/>
        <source>作废原因</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="153"/>
        <source>等待</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="154"/>
        <source>等待客户</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="154"/>
        <source>等待第三方</source>
        <translation>Waiting for third party</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="155"/>
        <source>等待什么</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="156"/>
        <source>预计答复日期</source>
        <translation>Expected reply date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="157"/>
        <source>等待期间处理期限停止计时，恢复后顺延等待的工作时间。</source>
        <translation>While on hold, the handling deadline clock stops; after resuming, the deadline is extended by the working time spent waiting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="159"/>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="160"/>
        <source>出席人</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="161"/>
        <source>会议决议</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="162"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="164"/>
        <source>恢复为合并前的状态，单独处理。</source>
        <translation>Restore the state before the merge and handle it separately.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="165"/>
        <source>撤销理由</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="167"/>
        <source>等待：</source>
        <translation>Waiting:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/complaints/actions.py" line="168"/>
        <source>恢复原因</source>
        <translation>Reason for resuming</translation>
    </message>
</context>
<context>
    <name>SwapFormDialog</name>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="43"/>
        <source>新建换班登记</source>
        <translation>New Shift Swap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="67"/>
        <source>未结工单、约好的回访、设备情况、最新通告……换班双方必须交待清楚</source>
        <translation>Open tickets, scheduled callbacks, equipment, latest notices… both sides must hand over clearly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="69"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="70"/>
        <source>替班人</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="71"/>
        <source>换出班次（申请人的排班）</source>
        <translation>Shift given away (applicant&apos;s roster)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="72"/>
        <source>还班班次（替班人的排班）</source>
        <translation>Return shift (substitute&apos;s roster)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="73"/>
        <source>换班原因</source>
        <translation>Reason for swap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="74"/>
        <source>交接事项</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="77"/>
        <source>替班人在换班日替申请人上班；申请人在还班日替替班人上班。提交后须经双方班长同意，批准后排班表自动调整。</source>
        <translation>The substitute works the applicant&apos;s shift on the swap date; the applicant works the substitute&apos;s shift on the return date. Both team leaders must approve; once approved, the roster is updated automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="85"/>
        <source>提交审批</source>
        <translation>Submit for Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="98"/>
        <source>换班规则检查</source>
        <translation>Swap Rule Check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/swap_form.py" line="191"/>
        <source>✓ 符合全部换班规则，可以提交。</source>
        <translation>✓ Meets all swap rules; ready to submit.</translation>
    </message>
</context>
<context>
    <name>SwapsTab</name>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="21"/>
        <source>换班登记簿</source>
        <translation>Shift Swap Register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="24"/>
        <source>待我审批</source>
        <translation>Awaiting My Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="25"/>
        <source>排班表</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="26"/>
        <source>请假登记</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="27"/>
        <source>顶班登记</source>
        <translation>Cover Registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="28"/>
        <source>交接日志</source>
        <translation>Handover Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="30"/>
        <source>值班日志</source>
        <translation>Duty Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="31"/>
        <source>服务质量分析报告</source>
        <translation>Service Quality Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staffing/tab.py" line="33"/>
        <source>值班公平</source>
        <translation>Duty Fairness</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/teams_page.py" line="19"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/teams_page.py" line="20"/>
        <location filename="../../desktop/ui/admin/teams_page.py" line="37"/>
        <source>班长</source>
        <translation>Team Leader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/teams_page.py" line="21"/>
        <source>在职人数</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/teams_page.py" line="22"/>
        <location filename="../../desktop/ui/admin/teams_page.py" line="35"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/teams_page.py" line="22"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/teams_page.py" line="22"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/teams_page.py" line="36"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/teams_page.py" line="43"/>
        <source>（暂无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../../desktop/ui/today/tab.py" line="59"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/tab.py" line="61"/>
        <source>重新读取今天的工作（F5）</source>
        <translation>Read today&apos;s work again (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/tab.py" line="69"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/tab.py" line="69"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/tab.py" line="98"/>
        <source>今日的工作读取失败：%1</source>
        <translation>Today&apos;s work could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/tab.py" line="111"/>
        <source>%1，今天是 %2</source>
        <translation>%1, today is %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/tab.py" line="125"/>
        <source>%1（%2）</source>
        <comment>a group of the day and its count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/tab.py" line="139"/>
        <source>……另有 %1 项，在其标签页中查看</source>
        <translation>… %1 more, see them in their tab</translation>
    </message>
</context>
<context>
    <name>UrgentPage</name>
    <message>
        <location filename="../../desktop/ui/contacts/urgent_page.py" line="18"/>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/urgent_page.py" line="19"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/urgent_page.py" line="20"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/urgent_page.py" line="21"/>
        <source>报告人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/urgent_page.py" line="22"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/urgent_page.py" line="37"/>
        <source>标记选中为已读</source>
        <translation>Mark Selected as Read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/urgent_page.py" line="38"/>
        <source>全部标记为已读</source>
        <translation>Mark All as Read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/urgent_page.py" line="57"/>
        <source>未读紧急报告：%1 份</source>
        <translation>Unread urgent reports: %1</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="17"/>
        <source>新客户登记</source>
        <translation>New Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="20"/>
        <source>登记后即归属于您；同一电话已登记的客户会被拒绝并显示归属。</source>
        <translation>The customer is yours once registered; a phone number already registered is refused and its owner shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="25"/>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="25"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="26"/>
        <source>联系电话 *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="26"/>
        <source>需求/意向</source>
        <translation>Needs/Interest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="31"/>
        <source>例如 张先生</source>
        <translation>e.g. Mr Zhang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="36"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/walk_in.py" line="40"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>WordingButton</name>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="104"/>
        <source>话术…</source>
        <translation>Phrasing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="108"/>
        <source>插入主任维护的标准话术，占位符按本单内容填好（在文本框里按 F4）</source>
        <translation>Insert a standard phrasing kept by the supervisor, its placeholders filled from this record (F4 in the text box)</translation>
    </message>
</context>
<context>
    <name>WordingPage</name>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="37"/>
        <location filename="../../desktop/ui/admin/wording_page.py" line="61"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="38"/>
        <location filename="../../desktop/ui/admin/wording_page.py" line="62"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="39"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="39"/>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="40"/>
        <source>使用次数</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="41"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="41"/>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="41"/>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="63"/>
        <source>话术内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="68"/>
        <source>插入占位符</source>
        <translation>Insert Placeholder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="76"/>
        <source>占位符</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="77"/>
        <source>占位符写成 {客户称呼} 这样，使用时按投诉单或客户填好；保密客户的电话等不会填入。保存修改即产生新版本，已经发出的答复不受影响。</source>
        <translation>A placeholder is a name in braces, as “Insert Placeholder” writes it; it is filled from the complaint or the customer when used, except what a confidential customer hides, such as the phone. Saving a change makes a new version; answers already given stay as they were.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="90"/>
        <source>选中一个版本，查看它当时的内容</source>
        <translation>Select a version to see its text as it was</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="91"/>
        <source>历史版本</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="93"/>
        <source>停用…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="120"/>
        <source>程序预置</source>
        <translation>Built in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="121"/>
        <source>第 %1 版  %2  %3</source>
        <translation>Version %1  %2  %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="137"/>
        <source>停用话术</source>
        <translation>Retire Phrasing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/wording_page.py" line="137"/>
        <source>停用原因</source>
        <translation>Reason for retiring</translation>
    </message>
</context>
<context>
    <name>WordingPicker</name>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="40"/>
        <source>选择话术：</source>
        <translation>Choose a phrasing:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="58"/>
        <source>填入后的内容（插入后仍可修改）</source>
        <translation>Filled in (can still be edited after inserting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="68"/>
        <source>插入</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="69"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="80"/>
        <source>还没有这一类的话术：请主任在 设置 → 话术 中添加。</source>
        <translation>No phrasings of this kind yet: the supervisor adds them under Settings → Phrasings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="92"/>
        <source>还没有内容、请插入后补全：</source>
        <translation>No value yet, complete after inserting:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/wording_picker.py" line="94"/>
        <source>保密客户，您无权查看，未填入：</source>
        <translation>Confidential customer you may not see, left out:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="100"/>
        <source>数据库文件 %1 在%2上。几台电脑通过共享文件夹同时使用一个数据库文件会把它损坏（SQLite 在网络文件系统上加锁不可靠）。几台电脑共用数据请改用办公室服务器；只有这一台电脑使用时，请把文件放在本机硬盘上。</source>
        <translation>The database file %1 is on %2. Several PCs using one database file through a shared folder will damage it (SQLite&apos;s locking is unreliable on network file systems). For several PCs sharing data, use the office server instead; if only this PC uses it, keep the file on this PC&apos;s own disk.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="105"/>
        <source>改用办公室服务器…</source>
        <translation>Use the office server instead…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="106"/>
        <source>仍然打开（只有这台电脑使用）</source>
        <translation>Open anyway (only this PC uses it)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="106"/>
        <location filename="../../desktop/app.py" line="130"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="126"/>
        <source>连接不上办公室服务器 %1（%2）。
请确认服务器电脑已开机、网络正常，然后点“重试”。</source>
        <translation>Cannot connect to the office server %1 (%2).
Please check that the server PC is on and the network works, then click “Retry”.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="129"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>没有连接到服务器，客服台已退出。</source>
        <translation>Not connected to the server; Service Desk has quit.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="150"/>
        <source>无法打开数据库文件 %1（%2）。请检查当前用户对这个文件和它所在文件夹的读写权限，然后重新启动客服台。</source>
        <translation>The database file %1 cannot be opened (%2). Check that this user may read and write the file and its folder, then start Service Desk again.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="94"/>
        <source>导出完成</source>
        <translation>Export Complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export.py" line="95"/>
        <source>已导出 %1 行到：</source>
        <translation>Exported %1 row(s) to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/lazy_table.py" line="118"/>
        <source>正在导出… 已写 %1 行</source>
        <translation>Exporting… %1 rows written</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <location filename="../../desktop/ui/widgets/filters.py" line="30"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="26"/>
        <source>无法完成</source>
        <translation>Cannot Complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="31"/>
        <source>客服台 — 无法启动</source>
        <translation>Service Desk — cannot start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="48"/>
        <source>程序遇到了一个意外问题，刚才的操作没有完成。

未完成的操作不会保存任何半截数据，之前已保存的记录都不受影响。您可以继续工作；如果问题反复出现，请重新启动客服台，并把下面的日志文件交给管理员。

日志文件：%1</source>
        <translation>The program ran into an unexpected problem and the last action did not finish.

An unfinished action saves no partial data, and records saved before are not affected. You can carry on working; if the problem keeps coming back, restart Service Desk and give the log file below to your administrator.

Log file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="54"/>
        <source>客服台 — 意外问题</source>
        <translation>Service Desk — Unexpected Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="60"/>
        <source>连接不上办公室服务器，刚才的操作没有完成，也没有保存任何半截数据。

请确认服务器电脑已开机、网络正常，然后再做一次（例如再点一次“保存”）；客服台会自动重新连接。</source>
        <translation>Cannot reach the office server: what you just did was not done, and nothing half-done was saved.

Please check that the server PC is on and the network works, then do it again (for example click “Save” again); Service Desk reconnects by itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="64"/>
        <source>客服台 — 服务器连接中断</source>
        <translation>Service Desk — connection to the server lost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/messages.py" line="69"/>
        <source>客服台</source>
        <translation>Service Desk</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="38"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="55"/>
        <source>打印预览 — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="77"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="78"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="80"/>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="81"/>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="82"/>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="83"/>
        <source>实际大小</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/printing.py" line="124"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../desktop/ui/widgets/background.py" line="64"/>
        <source>已取消，没有留下不完整的文件。</source>
        <translation>Cancelled; no incomplete file was left behind.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/progress.py" line="18"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../desktop/ui/files/recovery.py" line="117"/>
        <source>%1

文件：%2</source>
        <translation>%1

File: %2</translation>
    </message>
</context>
<context>
    <name>report_parts</name>
    <message>
        <location filename="../../desktop/ui/widgets/report_parts.py" line="47"/>
        <source>Week %1, %2 (%3 – %4)</source>
        <translation>Week %1, %2 (%3 – %4)</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="305"/>
        <location filename="../../desktop/ui/service_text.py" line="21"/>
        <source>客服专员/业务员</source>
        <translation>Agent/Salesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="58"/>
        <location filename="../../desktop/ui/service_text.py" line="22"/>
        <source>班长</source>
        <translation>Team Leader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="306"/>
        <location filename="../../desktop/ui/service_text.py" line="23"/>
        <source>主任</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="307"/>
        <location filename="../../desktop/ui/service_text.py" line="24"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="520"/>
        <location filename="../../desktop/ui/service_text.py" line="26"/>
        <source>外出拜访</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="521"/>
        <location filename="../../desktop/ui/service_text.py" line="27"/>
        <source>来访接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="466"/>
        <location filename="../../desktop/ui/service_text.py" line="28"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="129"/>
        <location filename="../../desktop/ui/service_text.py" line="30"/>
        <source>产品质量</source>
        <translation>Product quality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="130"/>
        <location filename="../../desktop/ui/service_text.py" line="31"/>
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="131"/>
        <location filename="../../desktop/ui/service_text.py" line="32"/>
        <source>产品知名度</source>
        <translation>Product awareness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="124"/>
        <location filename="../../desktop/ui/service_text.py" line="34"/>
        <source>客户意见、建议、希望</source>
        <translation>Customer opinions, suggestions, wishes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="125"/>
        <location filename="../../desktop/ui/service_text.py" line="35"/>
        <source>市场行情、竞争对手动向、他司销售政策</source>
        <translation>Market, competitors&apos; moves, other firms&apos; sales policies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="126"/>
        <location filename="../../desktop/ui/service_text.py" line="36"/>
        <source>活动效果</source>
        <translation>Campaign results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="127"/>
        <location filename="../../desktop/ui/service_text.py" line="37"/>
        <source>主要处理事项的经过及结果</source>
        <translation>Main matters handled and their outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="128"/>
        <location filename="../../desktop/ui/service_text.py" line="38"/>
        <source>其他报告事项</source>
        <translation>Other matters to report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_text.py" line="39"/>
        <source>答应客户的事项</source>
        <translation>Promised to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="517"/>
        <location filename="../../desktop/ui/service_text.py" line="41"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="518"/>
        <location filename="../../desktop/ui/service_text.py" line="42"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="519"/>
        <location filename="../../desktop/ui/service_text.py" line="43"/>
        <source>未来7天</source>
        <translation>Next 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="580"/>
        <location filename="../../desktop/ui/service_text.py" line="45"/>
        <source>在岗</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="581"/>
        <location filename="../../desktop/ui/service_text.py" line="46"/>
        <source>不在</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="582"/>
        <location filename="../../desktop/ui/service_text.py" line="47"/>
        <source>接待中</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_text.py" line="49"/>
        <source>假</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_text.py" line="50"/>
        <source>休息</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1336"/>
        <location filename="../../desktop/ui/service_text.py" line="68"/>
        <source>不成立答复</source>
        <translation>Answer to an unfounded complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1337"/>
        <location filename="../../desktop/ui/service_text.py" line="69"/>
        <source>回访话术</source>
        <translation>Call-back phrasing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1338"/>
        <location filename="../../desktop/ui/service_text.py" line="70"/>
        <source>拜访报告用语</source>
        <translation>Visit report phrasing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_text.py" line="84"/>
        <source>（系统）</source>
        <translation>(system)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_text.py" line="85"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_text.py" line="87"/>
        <source>（保密）</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="854"/>
        <location filename="../../desktop/ui/service_text.py" line="52"/>
        <source>登录成功</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="855"/>
        <location filename="../../desktop/ui/service_text.py" line="53"/>
        <source>密码错误</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="856"/>
        <location filename="../../desktop/ui/service_text.py" line="54"/>
        <source>无此登录名</source>
        <translation>No such login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="857"/>
        <location filename="../../desktop/ui/service_text.py" line="55"/>
        <source>账号已停用</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="858"/>
        <location filename="../../desktop/ui/service_text.py" line="56"/>
        <source>错误次数过多，须等待</source>
        <translation>Too many failures, waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="9"/>
        <source>该记录已经作废。</source>
        <translation>This record has been voided.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="7"/>
        <source>{role}或以上</source>
        <translation>a {role} or above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="8"/>
        <source>另一位{role}</source>
        <translation>another {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="10"/>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="11"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="12"/>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="13"/>
        <source>查阅</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="14"/>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="15"/>
        <source>没有编号为「{text}」的客户、投诉单或员工。</source>
        <translation>There is no customer, complaint or staff member numbered “{text}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="16"/>
        <source>第 {number} 号</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="17"/>
        <source>记录号 {number:06d}</source>
        <translation>Record {number:06d}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="18"/>
        <source>开始日期不能晚于结束日期。</source>
        <translation>The start date cannot be after the end date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="20"/>
        <source>第 {number} 版</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="21"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="22"/>
        <source>客户电话</source>
        <translation>Customer phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="23"/>
        <source>借阅卡</source>
        <translation>Borrowing card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="24"/>
        <location filename="../../desktop/ui/service_text.py" line="73"/>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="25"/>
        <location filename="../../desktop/ui/service_text.py" line="72"/>
        <source>拜访记录</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="26"/>
        <source>访问计划</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="27"/>
        <source>紧急报告已读</source>
        <translation>Urgent report read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="28"/>
        <source>来访轮接</source>
        <translation>Walk-in rotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="29"/>
        <source>轮接状态</source>
        <translation>Rotation status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="30"/>
        <source>投诉单</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="31"/>
        <source>投诉处理经过</source>
        <translation>Complaint history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="32"/>
        <source>投诉回访</source>
        <translation>Complaint callback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="33"/>
        <location filename="../../desktop/ui/service_text.py" line="63"/>
        <source>换班</source>
        <translation>Shift swap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="34"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="35"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="36"/>
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="37"/>
        <location filename="../../desktop/ui/service_text.py" line="58"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="38"/>
        <source>排班表</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="39"/>
        <source>工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="40"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="42"/>
        <source>客户交接</source>
        <translation>Customer hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="43"/>
        <source>客户交接明细</source>
        <translation>Customer hand-over line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="44"/>
        <source>员工介绍客户</source>
        <translation>Staff referral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="45"/>
        <source>会议纪要</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="46"/>
        <source>请假审批</source>
        <translation>Leave approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="48"/>
        <source>交接日志</source>
        <translation>Shift handover log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="49"/>
        <source>交接日志疑难问题</source>
        <translation>Handover log open case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="50"/>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="51"/>
        <source>服务质量分析报告</source>
        <translation>Service quality report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="52"/>
        <source>话术</source>
        <translation>Phrasing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="53"/>
        <source>话术版本</source>
        <translation>Phrasing version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="54"/>
        <source>话术使用</source>
        <translation>Phrasing use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="55"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="56"/>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="57"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="59"/>
        <source>岗位/工种</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="60"/>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="61"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="62"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="63"/>
        <source>启用/在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="64"/>
        <source>上班</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="65"/>
        <source>下班</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="66"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="67"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="68"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="69"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="70"/>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="71"/>
        <source>作废时间</source>
        <translation>Voided at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="72"/>
        <source>作废人</source>
        <translation>Voided by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="73"/>
        <source>作废原因</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="74"/>
        <source>下次登录须改密码</source>
        <translation>Must change password at next login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="75"/>
        <source>连续输错密码次数</source>
        <translation>Failed password attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="76"/>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="77"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="78"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="79"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="80"/>
        <source>其他电话</source>
        <translation>Other phones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="81"/>
        <source>微信/邮箱</source>
        <translation>WeChat/e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="82"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="83"/>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="84"/>
        <source>企业法人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="85"/>
        <source>成立时间</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="86"/>
        <source>企业性质</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="87"/>
        <source>员工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="88"/>
        <source>经营规模</source>
        <translation>Business size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="89"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="90"/>
        <source>注册资本</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="91"/>
        <source>开户银行/账号</source>
        <translation>Bank/account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="92"/>
        <source>主要联系人</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="93"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="94"/>
        <source>决策关键人物</source>
        <translation>Key decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="95"/>
        <source>需求/意向</source>
        <translation>Needs/interest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="96"/>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="97"/>
        <source>介绍人</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="98"/>
        <source>预计来访</source>
        <translation>Expected visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="99"/>
        <source>客户等级</source>
        <translation>Customer grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="100"/>
        <source>信用等级</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="101"/>
        <source>上次信用复核</source>
        <translation>Last credit review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="102"/>
        <source>上次档案核定</source>
        <translation>Last record check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="103"/>
        <source>下次信用复核</source>
        <translation>Next credit review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="104"/>
        <source>下次档案核定</source>
        <translation>Next record check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="105"/>
        <source>密级</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="106"/>
        <source>归属业务员</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="107"/>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="108"/>
        <source>登记时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="109"/>
        <source>最近跟进</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="110"/>
        <source>归属有效至</source>
        <translation>Owned until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="111"/>
        <source>家庭/亲属</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="112"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="113"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="114"/>
        <source>拼音</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="115"/>
        <source>电话（比对用）</source>
        <translation>Phone (for matching)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="116"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="117"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="118"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="119"/>
        <source>来电号码</source>
        <translation>Caller&apos;s number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="120"/>
        <source>协助人</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="121"/>
        <source>拜访对象</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="122"/>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="123"/>
        <source>时长（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="132"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="133"/>
        <source>紧急类别</source>
        <translation>Urgent category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="134"/>
        <source>下次跟进日期</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="135"/>
        <source>答应事项</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="136"/>
        <source>跟进日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="137"/>
        <source>结案时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="138"/>
        <source>由此次联系完成</source>
        <translation>Done by this contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="139"/>
        <source>完成说明</source>
        <translation>Completion note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="140"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="141"/>
        <source>计划次数</source>
        <translation>Planned visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="142"/>
        <source>阅读人</source>
        <translation>Read by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="143"/>
        <source>阅读时间</source>
        <translation>Read at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="144"/>
        <source>指名接待</source>
        <translation>Asked for by name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="145"/>
        <source>算作轮次</source>
        <translation>Counts as a turn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="146"/>
        <source>接待人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="147"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="148"/>
        <source>月内序号</source>
        <translation>No. in month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="149"/>
        <source>投诉时间</source>
        <translation>Complained at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="150"/>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="151"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="152"/>
        <source>投诉客户</source>
        <translation>Complaining customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="153"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="154"/>
        <source>客户要求</source>
        <translation>Customer&apos;s request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="155"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="156"/>
        <source>原因类别</source>
        <translation>Kind of cause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="157"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="158"/>
        <source>承诺答复</source>
        <translation>Promised reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="159"/>
        <source>订单编号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="160"/>
        <source>料号/产品</source>
        <translation>Part/product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="161"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="162"/>
        <source>交运日期</source>
        <translation>Shipped on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="163"/>
        <source>不良数量</source>
        <translation>Defective quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="164"/>
        <source>处理期限（工作日）</source>
        <translation>Deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="165"/>
        <source>处理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="166"/>
        <source>下一期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="167"/>
        <source>判断意见</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="168"/>
        <source>派发时间</source>
        <translation>Assigned at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="169"/>
        <source>派发超时</source>
        <translation>Assigned late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="170"/>
        <source>责任部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="171"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="172"/>
        <source>调查结果与原因</source>
        <translation>Findings and cause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="173"/>
        <source>责任人（调查）</source>
        <translation>Investigated by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="174"/>
        <source>处理方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="175"/>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="176"/>
        <source>审批时间</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="177"/>
        <source>审批意见</source>
        <translation>Approval comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="178"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="179"/>
        <source>答复人</source>
        <translation>Replied by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="180"/>
        <source>答复时间</source>
        <translation>Replied at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="181"/>
        <source>处理用时（工作日）</source>
        <translation>Handling time (working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="182"/>
        <source>回访期限</source>
        <translation>Callback deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="183"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="184"/>
        <source>结案方式</source>
        <translation>Closed as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="185"/>
        <source>原投诉单</source>
        <translation>Original complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="186"/>
        <source>催办次数</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="187"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="188"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="189"/>
        <source>原状态</source>
        <translation>Old status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="190"/>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="191"/>
        <source>联系上</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="192"/>
        <source>联系方式有误</source>
        <translation>Wrong contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="193"/>
        <source>问题已解决</source>
        <translation>Problem solved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="194"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="195"/>
        <source>替班人</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="196"/>
        <source>换班日期</source>
        <translation>Swap date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="197"/>
        <source>换班班次</source>
        <translation>Swap shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="198"/>
        <source>还班日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="199"/>
        <source>还班班次</source>
        <translation>Return shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="200"/>
        <source>还班结束</source>
        <translation>Return ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="201"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="202"/>
        <source>交接事项</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="203"/>
        <source>提交人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="204"/>
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="205"/>
        <source>申请人班长意见</source>
        <translation>Applicant&apos;s team leader&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="206"/>
        <source>申请人班长</source>
        <translation>Applicant&apos;s team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="207"/>
        <source>申请人班长审批时间</source>
        <translation>Applicant&apos;s team leader decided at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="208"/>
        <source>申请人班长备注</source>
        <translation>Applicant&apos;s team leader&apos;s note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="209"/>
        <source>替班人班长意见</source>
        <translation>Substitute&apos;s team leader&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="210"/>
        <source>替班人班长</source>
        <translation>Substitute&apos;s team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="211"/>
        <source>替班人班长审批时间</source>
        <translation>Substitute&apos;s team leader decided at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="212"/>
        <source>替班人班长备注</source>
        <translation>Substitute&apos;s team leader&apos;s note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="213"/>
        <source>撤销原因</source>
        <translation>Withdrawal reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="214"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="215"/>
        <source>半天</source>
        <translation>Half day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="216"/>
        <source>电话通知班长时间</source>
        <translation>Team leader phoned at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="217"/>
        <source>迟报说明</source>
        <translation>Reason for late request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="218"/>
        <source>医疗证明交来日期</source>
        <translation>Medical certificate handed in on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="219"/>
        <source>医疗证明收取人</source>
        <translation>Medical certificate received by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="220"/>
        <source>审批顺序</source>
        <translation>Approval order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="221"/>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="222"/>
        <source>缺勤人</source>
        <translation>Absent person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="223"/>
        <source>顶班人</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="224"/>
        <source>主动顶班</source>
        <translation>volunteered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="225"/>
        <source>并入投诉单</source>
        <translation>Merged into complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="226"/>
        <source>并入前状态</source>
        <translation>Status before merging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="227"/>
        <source>拆分自</source>
        <translation>Split from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="228"/>
        <source>暂停时间</source>
        <translation>Paused at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="229"/>
        <source>暂停前状态</source>
        <translation>Status before pausing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="230"/>
        <source>暂停原因</source>
        <translation>Reason for pausing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="231"/>
        <source>预计恢复日期</source>
        <translation>Expected resume date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="232"/>
        <source>等待客户（工作日）</source>
        <translation>Waiting for the customer (working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="233"/>
        <source>移交人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="234"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="235"/>
        <source>办理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="236"/>
        <source>随同交接的其他跟进</source>
        <translation>Other follow-ups handed over with it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="237"/>
        <source>交接单</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="238"/>
        <source>未完成跟进</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="239"/>
        <source>来访记录</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="240"/>
        <source>销售额目标</source>
        <translation>Sales target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="241"/>
        <source>实现目标的行动措施</source>
        <translation>Actions to reach the target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="242"/>
        <source>客户服务部经理建议</source>
        <translation>Customer service manager&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="243"/>
        <source>总经理建议</source>
        <translation>General manager&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="244"/>
        <source>设定人</source>
        <translation>Set by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="245"/>
        <source>设定时间</source>
        <translation>Set at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="246"/>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="247"/>
        <source>出席人</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="248"/>
        <source>决议负责人</source>
        <translation>Responsible for the decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="249"/>
        <source>接班日期</source>
        <translation>Taking-over date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="250"/>
        <source>接班班次</source>
        <translation>Taking-over shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="251"/>
        <source>设备情况</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="252"/>
        <source>人员调班情况</source>
        <translation>Staff changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="253"/>
        <source>通告、业务变更</source>
        <translation>Notices and business changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="254"/>
        <source>接班人</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="255"/>
        <source>接班确认时间</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="256"/>
        <source>接班意见</source>
        <translation>Taker&apos;s remarks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="257"/>
        <source>重要事件</source>
        <translation>Important events</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="258"/>
        <source>疑难问题</source>
        <translation>Difficult cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="262"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="263"/>
        <source>撰写人</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="264"/>
        <source>服务质量分析</source>
        <translation>Service quality analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="265"/>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="266"/>
        <source>改进措施</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="267"/>
        <source>起草时间</source>
        <translation>Drafted at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="268"/>
        <source>交主任时间</source>
        <translation>Handed to the supervisor at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="269"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="270"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="271"/>
        <source>创建时间</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="273"/>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="274"/>
        <source>修改时间</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="275"/>
        <source>用于</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="276"/>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="277"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="278"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="279"/>
        <source>客户编号</source>
        <translation>Customer No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="280"/>
        <source>电话号码</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="281"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="282"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="283"/>
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="284"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="285"/>
        <source>普通日</source>
        <translation>Ordinary day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="286"/>
        <source>国家安排</source>
        <translation>National schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="287"/>
        <source>本店设定</source>
        <translation>Set by the branch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="288"/>
        <source>分店名称</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="289"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="290"/>
        <source>换班最短休息（小时）</source>
        <translation>Shortest rest between shifts (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="291"/>
        <source>自动备份保留份数</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="292"/>
        <source>上次备份时间</source>
        <translation>Last backup time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="293"/>
        <source>上次备份位置</source>
        <translation>Last backup place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="294"/>
        <source>超过多少天未备份时提醒主任</source>
        <translation>Remind the supervisor after days without backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="295"/>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="296"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="297"/>
        <source>退回主任</source>
        <translation>Returned to supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="298"/>
        <source>您没有权限{action}（需要{role}或以上）。</source>
        <translation>You are not allowed to {action} (requires {role} or above).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="299"/>
        <source>密码至少需要 {length} 位。</source>
        <translation>The password needs at least {length} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="300"/>
        <source>密码不能只有空格。</source>
        <translation>The password cannot be only spaces.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="301"/>
        <source>密码错误次数过多，请 {seconds} 秒后再试。</source>
        <translation>Too many wrong passwords; please try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="302"/>
        <source>用户名或密码不正确。</source>
        <translation>The login or password is not correct.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="303"/>
        <source>只有 {locked_for} 本人或主任可以解锁。</source>
        <translation>Only {locked_for} or a supervisor can unlock.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="304"/>
        <source>您的账号已停用，不能再进行操作。</source>
        <translation>Your account has been deactivated; you can no longer make changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="308"/>
        <source>打开设置</source>
        <translation>open Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="309"/>
        <source>管理员工</source>
        <translation>manage staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="310"/>
        <source>修改工作日历</source>
        <translation>change the work calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="311"/>
        <source>编辑排班表</source>
        <translation>edit the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="312"/>
        <source>查看操作日志</source>
        <translation>view the activity log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="313"/>
        <source>查看登录日志</source>
        <translation>view the login log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="314"/>
        <source>查看报表</source>
        <translation>view reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="315"/>
        <source>备份数据库</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="316"/>
        <source>恢复数据库</source>
        <translation>restore the database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="317"/>
        <source>修改自己的密码</source>
        <translation>change your own password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="318"/>
        <source>登记客户</source>
        <translation>register customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="319"/>
        <source>修改他人名下的客户</source>
        <translation>change other people&apos;s customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="320"/>
        <source>记录信用复核和档案核定</source>
        <translation>record credit reviews and record checks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="321"/>
        <source>改派客户归属</source>
        <translation>reassign customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="322"/>
        <source>作废或归档客户</source>
        <translation>void or archive customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="323"/>
        <source>查阅机密/绝密客户档案</source>
        <translation>open confidential/top-secret customer records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="324"/>
        <source>查看客户档案借阅记录</source>
        <translation>view the customer record access log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="325"/>
        <source>修改客户规则（公共池）</source>
        <translation>change the customer rules (pool)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="326"/>
        <source>设定重点客户</source>
        <translation>set key customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="327"/>
        <source>查看重点客户管理表</source>
        <translation>see the key customer register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="328"/>
        <source>交接客户（在职、离职继承）</source>
        <translation>hand over customers (in service, leaver)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="329"/>
        <source>受理投诉</source>
        <translation>receive complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="330"/>
        <source>处理投诉</source>
        <translation>handle complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="331"/>
        <source>审批一般投诉的处理方案</source>
        <translation>approve plans of ordinary complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="332"/>
        <source>审批较大或严重投诉的处理方案</source>
        <translation>approve plans of major or serious complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="333"/>
        <source>开具催办单</source>
        <translation>issue reminder notices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="334"/>
        <source>批准延长投诉处理期限</source>
        <translation>approve longer complaint deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="335"/>
        <source>处理退回主任的投诉</source>
        <translation>handle complaints returned to the supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="336"/>
        <source>作废投诉单</source>
        <translation>void complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="337"/>
        <source>合并重复投诉、撤销合并</source>
        <translation>merge duplicate complaints and undo merges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="338"/>
        <source>维护话术模板</source>
        <translation>keep the phrasing templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="339"/>
        <source>替他人登记换班</source>
        <translation>record swaps for others</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="340"/>
        <source>审批换班</source>
        <translation>approve shift swaps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="341"/>
        <source>撤销他人的换班申请</source>
        <translation>withdraw others&apos; swap requests</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="342"/>
        <source>安排他人顶班</source>
        <translation>arrange covers for others</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="343"/>
        <source>审批顶班</source>
        <translation>approve covers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="344"/>
        <source>申请请假</source>
        <translation>ask for leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="345"/>
        <source>审批请假</source>
        <translation>approve leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="346"/>
        <source>代他人登记病假、记录交证明和作废请假</source>
        <translation>record sick leave for others, certificates and void leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="347"/>
        <source>填写交接日志</source>
        <translation>Write Handover Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="348"/>
        <source>确认接班</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="349"/>
        <source>查看未确认的交接、作废他人的交接日志</source>
        <translation>see unacknowledged handovers and void others&apos; handover logs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="350"/>
        <source>填写值班日志</source>
        <translation>keep the duty log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="351"/>
        <source>撰写服务质量分析报告</source>
        <translation>write the service quality report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="352"/>
        <source>查收各班组的服务质量分析报告</source>
        <translation>receive the teams&apos; service quality reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="353"/>
        <source>查看值班公平统计</source>
        <translation>see the duty fairness statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="354"/>
        <source>登记拜访、来访和电话记录</source>
        <translation>record visits, receptions and calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="355"/>
        <source>代他人登记外出拜访</source>
        <translation>record field visits for others</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="356"/>
        <source>修改或作废他人的拜访记录</source>
        <translation>change or void others&apos; visit records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="357"/>
        <source>查看所有人的待跟进</source>
        <translation>see everyone&apos;s follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="358"/>
        <source>安排来访接待</source>
        <translation>arrange walk-in receptions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="359"/>
        <source>制定他人的访问计划</source>
        <translation>plan visits for others</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="360"/>
        <source>阅处紧急报告</source>
        <translation>read urgent reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="361"/>
        <source>日期应在 {earliest:%Y-%m-%d} 至 {latest:%Y-%m-%d} 之间。</source>
        <translation>The date should be between {earliest:%Y-%m-%d} and {latest:%Y-%m-%d}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="362"/>
        <source>日期类型只能是节假日或调休上班日。</source>
        <translation>The kind of day can only be a holiday or a make-up working day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="363"/>
        <source>剩 {span}</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="364"/>
        <source>{minutes}分</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="365"/>
        <source>超期 {span}</source>
        <translation>{span} overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="366"/>
        <source>{days}天{hours}小时</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="367"/>
        <source>{hours}小时{minutes}分</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="368"/>
        <source>投诉成立。{note}</source>
        <translation>Complaint valid. {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="369"/>
        <source>投诉不成立：{reason}；答复客户：{answer}</source>
        <translation>Complaint not valid: {reason}; reply to the customer: {answer}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="370"/>
        <source>{finding}（{cause_kind}；责任人：{party}）</source>
        <translation>{finding} ({cause_kind}; responsible: {party})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="371"/>
        <source>同意。{note}</source>
        <translation>Approved. {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="372"/>
        <source>不同意，退回重拟：{note}</source>
        <translation>Not approved, sent back for a new plan: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="373"/>
        <source>回访：{satisfaction}，问题已解决</source>
        <translation>Callback: {satisfaction}, problem solved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="374"/>
        <source>回访：{satisfaction}，问题未解决</source>
        <translation>Callback: {satisfaction}, problem not solved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="375"/>
        <source>主任意见：{note}；新期限 {due:%Y-%m-%d %H:%M}</source>
        <translation>Supervisor&apos;s opinion: {note}; new deadline {due:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="376"/>
        <source>主任结案：{note}</source>
        <translation>Closed by the supervisor: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="377"/>
        <source>{status}：{reason}（预计 {expected_on:%m-%d}）</source>
        <translation>{status}: {reason} (expected {expected_on:%m-%d})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="378"/>
        <source>恢复处理：{reason}（等待 {waited:g} 个工作日，新期限 {due:%Y-%m-%d %H:%M}）</source>
        <translation>Handling resumed: {reason} (waited {waited:g} working days, new deadline {due:%Y-%m-%d %H:%M})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="379"/>
        <source>管理层会议 {held_on:%m-%d}：{decision}（负责人：{responsible}）</source>
        <translation>Management meeting {held_on:%m-%d}: {decision} (responsible: {responsible})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="380"/>
        <source>并入投诉单 {number}：{reason}</source>
        <translation>Merged into complaint {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="381"/>
        <source>合并重复投诉 {number}：{reason}</source>
        <translation>Duplicate complaint {number} merged in: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="382"/>
        <source>撤销合并 {number}：{reason}</source>
        <translation>Merge of {number} undone: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="383"/>
        <source>撤销并入 {number}：{reason}</source>
        <translation>Merge into {number} undone: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="384"/>
        <source>拆分出新投诉单 {number}：{content}</source>
        <translation>Split off as new complaint {number}: {content}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="385"/>
        <source>主任批准延长至 {days} 个工作日，新期限 {due:%Y-%m-%d %H:%M}：{reason}</source>
        <translation>Supervisor extended the deadline to {days} working days, new deadline {due:%Y-%m-%d %H:%M}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="386"/>
        <source>客户不接受处理结论，另立新单 {number}</source>
        <translation>Customer did not accept the decision; new complaint {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="387"/>
        <source>作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="388"/>
        <source>。{note}</source>
        <translation>. {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="389"/>
        <source>承诺 {promised:%m-%d %H:%M} 前答复客户</source>
        <translation>Promised a reply to the customer by {promised:%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="390"/>
        <source>投诉不成立：{reason}；答复客户：{answer}；重点客户，待回访</source>
        <translation>Complaint not valid: {reason}; reply to the customer: {answer}; key customer, callback pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="391"/>
        <source>派发至 {department}</source>
        <translation>Dispatched to {department}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="392"/>
        <source>回访联系方式有误</source>
        <translation>Callback: wrong contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="393"/>
        <source>回访未联系上（第 {count} 次）</source>
        <translation>Callback: not reached (attempt {count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="394"/>
        <source>回访 {failures} 次联系不上，按无法联系结案</source>
        <translation>Not reached in {failures} callbacks, closed as unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="395"/>
        <source>第 {count} 次催办（超期 {late}）</source>
        <translation>Reminder no. {count} ({late} overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="396"/>
        <source>客户不接受处理结论，另立新单</source>
        <translation>Customer did not accept the decision; new complaint opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="397"/>
        <source>；客户不接受原投诉单 {number} 的处理结论</source>
        <translation>; the customer did not accept the decision on complaint {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="398"/>
        <source>；拆分自投诉单 {number}</source>
        <translation>; split from complaint {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="399"/>
        <source>，责任人 {name}</source>
        <translation>, responsible: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="400"/>
        <source>（受理后 {minutes} 分钟派发，超过 60 分钟）</source>
        <translation> (dispatched {minutes} minutes after receipt, more than 60 minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="401"/>
        <source>；结案</source>
        <translation>; closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="402"/>
        <source>；书面反馈客服部主任</source>
        <translation>; reported in writing to the customer-service supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="403"/>
        <source>未定</source>
        <translation>not determined</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="404"/>
        <source>预计 {expected:%m-%d} 答复</source>
        <translation>reply expected {expected:%m-%d}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="405"/>
        <source>{status}·派发超时</source>
        <translation>{status} · assigned late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="406"/>
        <source>投诉单 {number} 尚未催办：投诉超期后先办理「催办」，再打印催办单。</source>
        <translation>Complaint {number} has not been chased yet: once a complaint is overdue, record a reminder first, then print the reminder notice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="407"/>
        <source>超过预计答复日 {late} 天</source>
        <translation>{late} days past the expected reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="408"/>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="409"/>
        <source>责任部门/责任人</source>
        <translation>Department/person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="410"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="411"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="412"/>
        <source>1天内</source>
        <translation>Under 1 day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="413"/>
        <source>1–3天</source>
        <translation>1–3 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="414"/>
        <source>3–7天</source>
        <translation>3–7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="415"/>
        <source>7–30天</source>
        <translation>7–30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="416"/>
        <source>30天以上</source>
        <translation>Over 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="417"/>
        <source>{MEETING_SEVERITY}投诉须先记录管理层会议（日期、出席人、决议、负责人），才能{name}。</source>
        <translation>A {MEETING_SEVERITY} complaint needs a management meeting recorded (date, attendees, decision, responsible person) before you can {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="418"/>
        <source>处理方案由{who}提出，须由{value}审批，您无权{name}。</source>
        <translation>The plan was proposed by {who} and must be approved by {value}; you may not {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="419"/>
        <source>受理时间不能晚于现在。</source>
        <translation>The time received cannot be later than now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="420"/>
        <source>请填写投诉人。</source>
        <translation>Please enter who complains.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="421"/>
        <source>请填写联系方式，回访时要用。</source>
        <translation>Please enter a contact, needed for the follow-up call.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="422"/>
        <source>请填写投诉内容。</source>
        <translation>Please enter what the complaint is about.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="423"/>
        <source>请选择投诉渠道。</source>
        <translation>Please choose the channel of the complaint.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="424"/>
        <source>请选择原因类别。</source>
        <translation>Please choose the kind of cause.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="425"/>
        <source>请选择严重程度。</source>
        <translation>Please choose the severity.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="426"/>
        <source>所选客户不存在。</source>
        <translation>The chosen customer does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="427"/>
        <source>投诉单 {number} 已作废，不能{name}。</source>
        <translation>Complaint {number} has been voided; you cannot {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="428"/>
        <source>投诉单 {number} 当前为「{value}」，不能{name}。</source>
        <translation>Complaint {number} is “{value}”; you cannot {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="429"/>
        <source>您没有权限{name}（需要{needed}或以上）。</source>
        <translation>You are not allowed to {name} (requires {needed} or above).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="430"/>
        <source>只有责任人{name}或班长以上有权{name2}。</source>
        <translation>Only the responsible person {name} or a team leader or above may {name2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="431"/>
        <source>只有{MEETING_SEVERITY}投诉需要提交管理层会议，不能{name}。</source>
        <translation>Only a {MEETING_SEVERITY} complaint goes to a management meeting; you cannot {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="432"/>
        <source>投诉单 {number} 没有超期，不需要催办。</source>
        <translation>Complaint {number} is not overdue; no reminder is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="433"/>
        <source>请选择分类：{value}。</source>
        <translation>Please choose a category: {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="434"/>
        <source>数量不能为负数。</source>
        <translation>The quantity cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="435"/>
        <source>承诺答复时间不能晚于处理期限 {due:%Y-%m-%d %H:%M}。</source>
        <translation>The promised reply cannot be later than the deadline {due:%Y-%m-%d %H:%M}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="436"/>
        <source>承诺答复时间不能早于受理时间。</source>
        <translation>The promised reply cannot be earlier than the time received.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="437"/>
        <source>请选择责任部门。</source>
        <translation>Please choose the responsible department.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="438"/>
        <source>责任人不存在或已停用。</source>
        <translation>The responsible person does not exist or has been deactivated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="439"/>
        <source>请选择客户满意度。</source>
        <translation>Please choose the customer&apos;s satisfaction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="440"/>
        <source>请选择问题是否已解决。</source>
        <translation>Please choose whether the problem is solved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="441"/>
        <source>回访联系不上满 {UNREACHABLE_AFTER} 次或联系方式有误，才能按无法联系结案（目前 {failures} 次）。</source>
        <translation>A complaint can be closed as unreachable only after {UNREACHABLE_AFTER} failed follow-up calls or a wrong contact (so far {failures}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="442"/>
        <source>请选择等待客户或等待第三方。</source>
        <translation>Please choose waiting for the customer or waiting for a third party.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="443"/>
        <source>请填写预计答复日期。</source>
        <translation>Please enter the expected reply date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="444"/>
        <source>预计答复日期不能早于今天。</source>
        <translation>The expected reply date cannot be before today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="445"/>
        <source>请填写会议日期。</source>
        <translation>Please enter the meeting date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="446"/>
        <source>会议日期不能晚于今天。</source>
        <translation>The meeting date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="447"/>
        <source>会议日期不能早于受理日期。</source>
        <translation>The meeting date cannot be before the date received.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="448"/>
        <source>投诉单 {number} 已并入 {number2}，请在该单上另立新单。</source>
        <translation>Complaint {number} was merged into {number2}; please open a new complaint from that one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="449"/>
        <source>投诉单 {number} 不是合并结案的，不能{name}。</source>
        <translation>Complaint {number} was not closed by a merge; you cannot {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="450"/>
        <source>合并后的投诉单 {number} 已结案或作废，不能{name}。</source>
        <translation>The merged complaint {number} is closed or voided; you cannot {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="451"/>
        <source>同一件投诉单不能与自己合并。</source>
        <translation>A complaint cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="452"/>
        <source>不是同一客户的投诉，不能合并。</source>
        <translation>Complaints of different customers cannot be merged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="453"/>
        <source>处理期限只能延长到 {value}–{MAX_DEADLINE_DAYS} 个工作日。</source>
        <translation>The deadline can only be extended to {value}–{MAX_DEADLINE_DAYS} working days.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="454"/>
        <source>{severity}投诉的处理方案须由{needed}或以上审批，您无权{name}。</source>
        <translation>The plan of a {severity} complaint must be approved by {needed} or above; you may not {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="455"/>
        <source>已 {failures} 次联系不上，请按「无法联系」结案。</source>
        <translation>{failures} calls did not reach the customer; please close it as “unreachable”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="456"/>
        <source>待判断</source>
        <translation>To assess</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="457"/>
        <source>待派发</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="458"/>
        <source>调查中</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="459"/>
        <source>待拟方案</source>
        <translation>Plan to draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="460"/>
        <source>待审批</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="461"/>
        <source>待答复</source>
        <translation>To reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="462"/>
        <source>待回访</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="463"/>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="464"/>
        <source>等待客户</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="465"/>
        <source>等待第三方</source>
        <translation>Waiting for third party</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="467"/>
        <source>来访</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="468"/>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="469"/>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="470"/>
        <source>交付</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="471"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="472"/>
        <source>售后维修</source>
        <translation>After-sales repair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="473"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="474"/>
        <source>质量异常</source>
        <translation>Quality defect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="475"/>
        <source>非质量异常（人为因素）</source>
        <translation>Not a quality defect (human factors)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="476"/>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="477"/>
        <source>较大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="478"/>
        <source>严重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="479"/>
        <source>客服部</source>
        <translation>Customer Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="480"/>
        <source>业务部门</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="481"/>
        <source>质量管理部</source>
        <translation>Quality Management</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="482"/>
        <source>制造部门</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="483"/>
        <source>物流部</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="484"/>
        <source>研发部</source>
        <translation>R&amp;D</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="485"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="486"/>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="487"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="488"/>
        <source>不成立</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="489"/>
        <source>已解决</source>
        <translation>solved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="490"/>
        <source>无法联系</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="492"/>
        <source>转新单</source>
        <translation>moved to a new complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="493"/>
        <source>已合并</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="494"/>
        <source>判断</source>
        <translation>assess</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="496"/>
        <source>填写调查结果</source>
        <translation>record the findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="497"/>
        <source>提出处理方案</source>
        <translation>propose a plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="498"/>
        <source>审批处理方案</source>
        <translation>approve the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="499"/>
        <source>退回处理方案</source>
        <translation>send the plan back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="500"/>
        <location filename="../../desktop/ui/service_text.py" line="67"/>
        <source>答复客户</source>
        <translation>reply to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="503"/>
        <source>退回重新调查</source>
        <translation>send back for investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="491"/>
        <source>主任结案</source>
        <translation>close as supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="504"/>
        <source>延长处理期限</source>
        <translation>extend the deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="505"/>
        <source>催办</source>
        <translation>send a reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="506"/>
        <source>客户不接受，另立新单</source>
        <translation>open a new complaint (customer did not accept)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="507"/>
        <source>暂停等待</source>
        <translation>pause to wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="508"/>
        <source>恢复处理</source>
        <translation>resume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="509"/>
        <source>合并重复投诉</source>
        <translation>merge duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="510"/>
        <source>撤销合并</source>
        <translation>undo the merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="511"/>
        <source>拆分为新投诉单</source>
        <translation>split into a new complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="512"/>
        <source>记录管理层会议</source>
        <translation>record the management meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="513"/>
        <source>未知的跟进分类。</source>
        <translation>Unknown follow-up category.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="514"/>
        <source>已跟进 {count} 次（至少 {required} 次）</source>
        <translation>followed up {count} time(s) (at least {required})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="515"/>
        <source>已跟进 {count} 次（已满 {required} 次）</source>
        <translation>followed up {count} time(s) ({required} reached)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="516"/>
        <source>该跟进已经完成。</source>
        <translation>This follow-up is already done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="522"/>
        <source>市场调查</source>
        <translation>Market research</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="523"/>
        <source>了解竞争对手</source>
        <translation>Competitor research</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="524"/>
        <source>客户保养-联络感情</source>
        <translation>Customer care – relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="525"/>
        <source>客户保养-推动业务量</source>
        <translation>Customer care – more business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="526"/>
        <source>客户保养-结清货款</source>
        <translation>Customer care – collect payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="527"/>
        <source>开发新客户</source>
        <translation>New customer development</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="528"/>
        <source>新产品推广</source>
        <translation>New product promotion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="529"/>
        <source>售后服务</source>
        <translation>After-sales service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="530"/>
        <source>同行销售政策重大变化</source>
        <translation>Major change in competitors&apos; sales policy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="531"/>
        <source>同行新产品上市</source>
        <translation>Competitor&apos;s new product launch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="532"/>
        <source>同行销售或服务新动向</source>
        <translation>Competitors&apos; new sales or service moves</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="533"/>
        <source>本公司产品重大缺陷或问题</source>
        <translation>Major defect or problem of our product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="534"/>
        <source>其他紧急事项</source>
        <translation>Other urgent matter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="535"/>
        <source>非常优良</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="536"/>
        <source>优良</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="537"/>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="538"/>
        <source>合格</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="539"/>
        <source>不合格</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="540"/>
        <source>不好</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="541"/>
        <source>恶劣</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="542"/>
        <source>非常驰名</source>
        <translation>Very famous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="543"/>
        <source>驰名</source>
        <translation>Famous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="544"/>
        <source>知名度高</source>
        <translation>Well known</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="545"/>
        <source>知名度较高</source>
        <translation>Fairly well known</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="546"/>
        <source>知名</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="547"/>
        <source>知道</source>
        <translation>Heard of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="548"/>
        <source>不知道</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="549"/>
        <source>请选择接待/拜访人。</source>
        <translation>Please choose who received or visited.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="550"/>
        <source>请填写日期时间。</source>
        <translation>Please enter the date and time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="551"/>
        <source>时长应在 1 到 1440 分钟之间。</source>
        <translation>The duration should be between 1 and 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="552"/>
        <source>下次跟进日期应晚于本次联系的日期。</source>
        <translation>The next follow-up date should be after the date of this contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="553"/>
        <source>答应了客户的事项需要跟进，请填写下次跟进日期。</source>
        <translation>A promise to the customer needs a follow-up; please enter the next follow-up date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="554"/>
        <source>请选择方式：外出拜访、来访接待或电话。</source>
        <translation>Please choose the kind: field visit, reception or phone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="555"/>
        <source>请选择目的。</source>
        <translation>Please choose the purpose.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="556"/>
        <source>紧急报告请选择紧急事项的类别。</source>
        <translation>For an urgent report, please choose the kind of urgent matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="557"/>
        <source>请至少填写一项内容：客户意见、市场行情、活动效果、处理经过或其他事项。</source>
        <translation>Please fill in at least one of: customer opinions, market news, effect of activities, what was handled, or other matters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="558"/>
        <source>协助人不能与接待/拜访人是同一人。</source>
        <translation>The assistant cannot be the person who received or visited.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="559"/>
        <source>该客户不存在或已作废。</source>
        <translation>This customer does not exist or has been voided.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="560"/>
        <source>外出拜访和来访接待必须选择客户；未登记的来访客户请先登记。</source>
        <translation>A field visit or a reception needs a customer; please register an unregistered visitor first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="561"/>
        <source>日期时间不能晚于现在。</source>
        <translation>The date and time cannot be later than now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="562"/>
        <source>只有外出拜访填写走访客户报告单的评价。</source>
        <translation>Only a field visit carries the ratings of the visit report.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="563"/>
        <source>外出拜访只能由拜访人本人登记（班长或以上可代为登记）。</source>
        <translation>A field visit can only be recorded by the visitor (a team leader or above may record it for them).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="564"/>
        <source>该记录已经作废，不能再修改。</source>
        <translation>This record has been voided and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="565"/>
        <source>只能修改或作废自己的记录（班长或以上可处理他人的记录）。</source>
        <translation>You can only change or void your own records (a team leader or above may handle others&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="566"/>
        <source>方式和客户不能修改；如有错误请作废后重新登记。</source>
        <translation>The kind and the customer cannot be changed; if they are wrong, void the record and enter it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="567"/>
        <source>外出拜访的拜访人只能由班长或以上更改。</source>
        <translation>Only a team leader or above can change the visitor of a field visit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="568"/>
        <source>协助人不存在。</source>
        <translation>The assistant does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="569"/>
        <source>来电号码格式不正确：手机为 1 开头的 11 位数字，座机需带区号（例如 0571-88886666）；公司内部分机请写成“分机 1234”。</source>
        <translation>The caller&apos;s number is not valid: a mobile is 11 digits starting with 1, a landline needs its area code (e.g. 0571-88886666); write an internal extension as “ext 1234”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="570"/>
        <source>未选择客户的电话记录，请至少填写来电人姓名或电话。</source>
        <translation>A call without a customer needs at least the caller&apos;s name or number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="571"/>
        <source>请从表中选择一项评价。</source>
        <translation>Please choose a rating from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="572"/>
        <source>如有错误请作废（写明原因）后重新登记。</source>
        <translation>If it is wrong, void it (giving the reason) and record it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="573"/>
        <source>客户指定 {name} 接待（正轮到此人，计为轮过）。</source>
        <translation>The customer asked for {name}, whose turn it is: counted as their turn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="574"/>
        <source>客户指定 {name} 接待，轮接顺序不变。</source>
        <translation>The customer asked for {name}; the rotation stays as it was.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="575"/>
        <source>未知的在岗状态。</source>
        <translation>Unknown presence status.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="576"/>
        <source>现在没有可以接待的业务员（不在班、不在岗或都在接待中）。</source>
        <translation>No salesperson can receive now (off shift, away, or all busy receiving).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="577"/>
        <source>指定的 {named} 不在，由轮到的 {name} 接待。</source>
        <translation>{named}, who was asked for, is away: {name}, whose turn it is, receives.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="578"/>
        <source>由轮到的 {name} 接待。</source>
        <translation>{name}, whose turn it is, receives.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="579"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="583"/>
        <source>只能制定自己的访问计划（班长或以上可为他人制定）。</source>
        <translation>You can only plan your own visits (a team leader or above may plan for others).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="584"/>
        <source>计划拜访次数应在 0 到 {MAX_PLANNED} 之间。</source>
        <translation>The planned visits should be between 0 and {MAX_PLANNED}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="592"/>
        <source>{field}：{text}</source>
        <translation>{field}: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="595"/>
        <source>第{number}列</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="596"/>
        <source>与本表第 {number} 行的电话相同，视为同一客户。</source>
        <translation>Same phone as row {number} of this sheet: taken as the same customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="620"/>
        <source>{window} 天内已在职交接 {count} 次（上限 {limit} 次），{free_on:%Y-%m-%d} 起可再交接</source>
        <translation>handed over in service {count} times in {window} days (limit {limit}); can be handed over again from {free_on:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="621"/>
        <source>以下客户不能再在职交接：{named}。请取消勾选后再交接。</source>
        <translation>These customers cannot be handed over in service again: {named}. Untick them and hand over again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="622"/>
        <source>请选择交接类型：{kinds}。</source>
        <translation>Please choose the kind of hand-over: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="623"/>
        <source>移交人和接收人不能是同一人。</source>
        <translation>The person handing over and the receiver cannot be the same person.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="624"/>
        <source>{name} 已停用，不能接收客户。</source>
        <translation>{name} is deactivated and cannot receive customers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="625"/>
        <source>{name} 已停用，请按离职继承交接。</source>
        <translation>{name} is deactivated; use a leaver&apos;s hand-over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="626"/>
        <source>{name} 仍在职，离职继承只用于停用的员工：在职期间请按在职继承交接；离职时请在 设置 → 员工 停用此人，并选择「交给他人…」。</source>
        <translation>{name} is still in service, and a leaver&apos;s hand-over is only for a deactivated person: hand over in service meanwhile; when the person leaves, deactivate them in Settings → Staff and choose “Hand to Someone…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="627"/>
        <source>{number} {name}：{why}</source>
        <translation>{number} {name}: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="628"/>
        <source>请至少选择一位客户。</source>
        <translation>Please select at least one customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="629"/>
        <source>另有 {count} 位</source>
        <translation>{count} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="630"/>
        <source>有 {count} 位客户已不归 {name} 所有（已回公共池或已交接），请刷新后再交接。</source>
        <translation>{count} customers no longer belong to {name} (back in the pool or handed over); refresh and hand over again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="631"/>
        <location filename="../../desktop/ui/service_text.py" line="81"/>
        <source>在职继承</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="632"/>
        <location filename="../../desktop/ui/service_text.py" line="82"/>
        <source>离职继承</source>
        <translation>Leaver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="633"/>
        <source>已作废或已归档的客户不能设为重点客户。</source>
        <translation>A voided or archived customer cannot be a key customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="634"/>
        <source>{number} {name} 已是重点客户。</source>
        <translation>{number} {name} is already a key customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="635"/>
        <source>该客户已不是重点客户。</source>
        <translation>This customer is no longer a key customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="636"/>
        <source>请写明将其设为重点客户的原因。</source>
        <translation>Please give the reason for making it a key customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="637"/>
        <source>请填写销售额目标。</source>
        <translation>Please enter the sales target.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="638"/>
        <source>请写明实现目标的行动措施。</source>
        <translation>Please describe the actions to reach the target.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="647"/>
        <source>该客户{status}，不在公共池中，不能申领。</source>
        <translation>This customer is {status}, not in the open pool, and cannot be claimed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="649"/>
        <source>有未结案投诉</source>
        <translation>has an open complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="41"/>
        <location filename="../../desktop/ui/service_text.py" line="77"/>
        <source>重点客户</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="654"/>
        <source>预计来访日期不能早于今天。</source>
        <translation>The expected visit cannot be before today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="657"/>
        <source>该客户已确认为 {name} 介绍的客户。</source>
        <translation>This customer is already confirmed as referred by {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="658"/>
        <source>该客户已来访或已拜访过，员工介绍须在客户首次来访前登记；现场已登记在先的，不能再主张为介绍客户。</source>
        <translation>This customer has already come in or been visited: a staff referral is registered before the first visit, and a customer registered on the spot first cannot be claimed as referred.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="659"/>
        <source>该客户已由 {name} 登记介绍，预计 {day:%Y-%m-%d} 来访；该日过后未来访方可重新登记。</source>
        <translation>This customer is already registered as referred by {name}, expected on {day:%Y-%m-%d}; it can be registered again only if the customer has not come by then.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="667"/>
        <source>该客户已由 {registrant} 于 {day:%Y-%m-%d} 登记（客户编号 {number}，{now_with}），以先登记者为准，不能重复登记。</source>
        <translation>This customer was registered by {registrant} on {day:%Y-%m-%d} (customer no. {number}, {now_with}); the first registration wins, so it cannot be registered again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="672"/>
        <source>该号码已登记在一位保密客户名下，以先登记者为准，不能重复登记；如需办理请联系主任。</source>
        <translation>This number is registered to a confidential customer; the first registration wins, so it cannot be registered again. Please ask the supervisor if something needs doing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="673"/>
        <source>现归属 {name}</source>
        <translation>now owned by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="677"/>
        <source>这是机密/绝密客户，只有主任及以上可以修改或撤销其资料。</source>
        <translation>This is a confidential/top-secret customer: only the supervisor and above may change its details or undo their changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="689"/>
        <source>预算请填写金额（元），例如 50000、5万 或 5.5万元。</source>
        <translation>Enter the budget as an amount in yuan, e.g. 50000 or 50k.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="692"/>
        <source>{status}（{spared}，不回公共池）</source>
        <translation>{status} ({spared}: does not return to the pool)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="695"/>
        <source>该客户{spared}，按客户规则不回公共池，不能释放；如需换人跟进请主任办理交接。</source>
        <translation>This customer {spared}; by the customer rules it does not return to the pool and cannot be released. To have someone else follow it up, ask the supervisor for a hand-over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="696"/>
        <source>如有错误请再次修改资料。</source>
        <translation> If something is wrong, edit the details again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="697"/>
        <source>不能撤销：修改前的资料现在不能保存（{why}）。请再次修改资料。</source>
        <translation>Cannot undo: the details as they were before cannot be saved now ({why}). Please edit the details again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="703"/>
        <source>机密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="704"/>
        <source>绝密</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="802"/>
        <source>无法连接服务器 {server}（{error}）。备份没有完成。</source>
        <translation>Cannot connect to the server {server} ({error}). The backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="803"/>
        <source>无法在 {parent} 生成数据库快照：{error}。备份没有完成。</source>
        <translation>Cannot make a snapshot of the database in {parent}: {error}. The backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="851"/>
        <source>无法写入 {name}：{folder} 是只读的或没有写入权限。原来的文件没有改动；请检查U盘的写保护开关，或选择其他文件夹。</source>
        <translation>Could not write {name}: {folder} is read-only or may not be written to. The file that was there is unchanged; check the USB stick&apos;s write-protect switch, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="853"/>
        <source>无法写入 {name}：写入 {folder} 时设备出错（U盘可能已被拔出或已损坏）。原来的文件没有改动。</source>
        <translation>Could not write {name}: the device failed while writing to {folder} (the USB stick may have been removed or be damaged). The file that was there is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="827"/>
        <source>恢复没有完成，服务器上的数据保持不变：{error}</source>
        <translation>The restore was not done; the data on the server is unchanged: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="842"/>
        <source>两个数据库的结构版本不同，不能复制。请先用同一版本的客服台打开它们。</source>
        <translation>The two databases have different schema versions and cannot be copied. Open both with the same version of Service Desk first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="843"/>
        <source>两个数据库的结构不一致（{changes}），不能复制。</source>
        <translation>The two databases&apos; structures differ ({changes}); they cannot be copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="844"/>
        <source>原数据库和目标数据库是同一个。</source>
        <translation>The source and the target database are the same.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="845"/>
        <source>复制后的行数与原数据库不一致（{tables}），没有保存。</source>
        <translation>After copying, the row counts differ from the source ({tables}); nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="846"/>
        <source>目标数据库 {target} 中已有数据，没有复制。请换一个新的空数据库。</source>
        <translation>The target database {target} already has data; nothing was copied. Please use a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="848"/>
        <source>{name} 正被其他程序打开（例如 Excel），无法替换。原来的文件没有改动；请关闭它后再试一次，或换一个文件名。</source>
        <translation>{name} is open in another program (Excel, for instance) and cannot be replaced. The file that was there is unchanged; close it and try again, or choose another file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="849"/>
        <source>无法写入 {name}（{folder}）：{value}。原来的文件没有改动；请检查磁盘或U盘，然后再试一次。</source>
        <translation>Could not write {name} ({folder}): {value}. The file that was there is unchanged; check the disk or USB stick, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="850"/>
        <source>无法写入 {name}：{folder} 空间不足。原来的文件没有改动；请清理磁盘或换一个U盘，然后再试一次。</source>
        <translation>Could not write {name}: {folder} is full. The file that was there is unchanged; free some space or use another USB stick, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="852"/>
        <source>无法写入 {name}：找不到 {folder}（U盘可能已被拔出）。原来的文件没有改动；请重新插入U盘或选择其他文件夹，然后再试一次。</source>
        <translation>Could not write {name}: {folder} cannot be found (the USB stick may have been removed). The file that was there is unchanged; insert the stick again or choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="956"/>
        <source>{reopened} 件</source>
        <translation>{reopened}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="957"/>
        <source>回访满意度（按{by}）</source>
        <translation>Call-back satisfaction (by {by})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="958"/>
        <source>{reopened} 件（占结案 {share:.1%}）</source>
        <translation>{reopened} ({share:.1%} of closed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="959"/>
        <source>{rate:.1%}（{rated} 个评价）</source>
        <translation>{rate:.1%} ({rated} rated)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="963"/>
        <source>回访满意度与另立新单（按{by}，本月结案）</source>
        <translation>Call-back satisfaction and reopened complaints (by {by}, closed this month)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="964"/>
        <source>回访满意度（按{by}，本周联系上的回访）</source>
        <translation>Call-back satisfaction (by {by}, call-backs reached this week)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1008"/>
        <source>{year}年节假日</source>
        <translation>Holidays of {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1009"/>
        <source>{holidays} 天节假日、{workdays} 天调休上班</source>
        <translation>{holidays} holidays and {workdays} make-up workdays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1010"/>
        <source>{count} 个班组，都已指定班长。</source>
        <translation>{count} teams, each with its team leader.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1011"/>
        <source>员工和登录账号</source>
        <translation>Staff and logins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1012"/>
        <source>{total} 位员工，都有登录名和班组。</source>
        <translation>{total} staff, all with a login and a team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1013"/>
        <source>{count} 个班次。</source>
        <translation>{count} shifts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1014"/>
        <source>{month}月 从今天起已排 {days} 天。</source>
        <translation>Month {month}: {days} days rostered from today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1015"/>
        <source>{found}，{checked} 已核对。</source>
        <translation>{found}, checked {checked}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1016"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1017"/>
        <source>上次备份：{at:%Y-%m-%d %H:%M}，{place}</source>
        <translation>Last backup: {at:%Y-%m-%d %H:%M}, {place}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1018"/>
        <source>还没有班组：在 设置 → 班组 中新建（如 客服一班），并指定班长。</source>
        <translation>No teams yet: create them in Settings → Teams (such as 客服一班) and name their team leaders.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1019"/>
        <source>{teams} 还没有班长：换班、请假须经班长审批。</source>
        <translation>{teams} has no team leader yet: swaps and leave need a team leader&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1020"/>
        <source>还没有员工：在 设置 → 员工 中添加每位员工，填写工号、工种、技术等级、班组和登录名。</source>
        <translation>No staff yet: add each person in Settings → Staff with staff number, job, skill level, team and login.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1021"/>
        <source>{count} 人没有登录名</source>
        <translation>{count} without a login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1022"/>
        <source>{count} 人没有班组</source>
        <translation>{count} without a team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1023"/>
        <source>{total} 位员工，其中 {missing}。</source>
        <translation>{total} staff, of whom {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1024"/>
        <source>还没有班次：在 设置 → 班次 中添加（如 早班 08:00–16:00）。</source>
        <translation>No shifts yet: add them in Settings → Shifts (such as an early shift 08:00–16:00).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1025"/>
        <source>{month}月 还没有排班：在 设置 → 排班表 中排好本月的班（可以按周复制）。</source>
        <translation>Month {month} has no roster yet: roster this month in Settings → Roster (weeks can be copied).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1026"/>
        <source>工作日历里还没有 {year} 年的节假日：国务院公布放假安排后，在 设置 → 工作日历 中录入或更新。</source>
        <translation>The working calendar has no holidays of {year} yet: once the State Council publishes them, enter or update them in Settings → Working Calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1027"/>
        <source>日历中有 {found}（来自节假日库）：请对照国务院放假通知核对，无误后点“已核对”。</source>
        <translation>The calendar has {found} (from the holiday library): compare them with the State Council&apos;s notice and click “Checked” when they are right.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1028"/>
        <source>还没有备份过：插入U盘，点击 文件 → 备份到U盘/文件夹。</source>
        <translation>Never backed up yet: plug in a USB stick and click File → Back Up to USB Drive/Folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1049"/>
        <source>咨询 {consultations}&#x3000;查询 {enquiries}&#x3000;主动服务 {proactive}</source>
        <translation>Consultations {consultations}&#x3000;enquiries {enquiries}&#x3000;proactive service {proactive}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1164"/>
        <source>{outgoing} → {incoming}（交班人 {name}）</source>
        <translation>{outgoing} → {incoming} (handed over by {name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1165"/>
        <source>{name} {at:%m-%d %H:%M} 已确认</source>
        <translation>Acknowledged by {name} {at:%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1173"/>
        <source>待接班确认</source>
        <translation>Awaiting acknowledgement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1179"/>
        <source>{line}&#x3000;{at:%Y-%m-%d %H:%M}</source>
        <translation>{line}&#x3000;{at:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1180"/>
        <source>设备情况：{value}</source>
        <translation>Equipment: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1181"/>
        <source>疑难问题：{value}</source>
        <translation>Difficult issues: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1182"/>
        <source>人员调班情况：{value}</source>
        <translation>Staffing changes: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1183"/>
        <source>通告、业务变更：{value}</source>
        <translation>Notices, business changes: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1235"/>
        <source>逾期 {days} 天</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1236"/>
        <source>{when}：{promised}</source>
        <translation>{when}: {promised}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1237"/>
        <source>派发超时 {minutes} 分钟</source>
        <translation>dispatch {minutes} min overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1238"/>
        <source>派发还剩 {minutes} 分钟</source>
        <translation>{minutes} min left to dispatch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1239"/>
        <source>病假已于 {day} 结束，尚未交医疗证明</source>
        <translation>Sick leave ended on {day}; no medical certificate yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1240"/>
        <source>设备：{equipment}</source>
        <translation>Equipment: {equipment}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1241"/>
        <source>今天是归属的最后一天，明天回公共池</source>
        <translation>Today is the last day of ownership; back to the pool tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1242"/>
        <source>归属至 {until}，{days} 天后回公共池</source>
        <translation>Owned until {until}; back to the pool in {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1243"/>
        <source>{due} 到期</source>
        <translation>Due: {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1244"/>
        <source>我的客户：{days}天内将回公共池</source>
        <translation>My customers: back to the pool within {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1245"/>
        <source>{days}天内没有将回公共池的客户。</source>
        <translation>No customer returns to the pool within {days} days.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1246"/>
        <source>预计 {day} 来访，未如期来访，介绍登记已失效；可重新登记</source>
        <translation>Expected on {day} but did not come; the referral lapsed and may be registered again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1247"/>
        <source>我介绍的客户：{days}天内介绍失效</source>
        <translation>Customers I referred: referrals lapsed in the last {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1248"/>
        <source>{points} 分，按进度应有 {expected} 分</source>
        <translation>{points} points; {expected} expected by now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1251"/>
        <source>疑难问题 {count} 个</source>
        <translation>{count} difficult case(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1252"/>
        <source>接班已开始 {minutes} 分钟，无人确认</source>
        <translation>The next shift began {minutes} minutes ago; nobody has acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1253"/>
        <source>{month}月报告已交主任：{state}。</source>
        <translation>The report for month {month} was handed to the supervisor: {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1254"/>
        <source>迟报：{notice}</source>
        <translation>Late request: {notice}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1255"/>
        <source>预计今天来访；请陪同客户到接待台登记或提前电话通知</source>
        <translation>Expected today: bring the customer to the reception desk or phone ahead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1256"/>
        <source>预计 {day} 来访；请陪同客户到接待台登记或提前电话通知</source>
        <translation>Expected on {day}: bring the customer to the reception desk or phone ahead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1257"/>
        <source>{title}：{text}（{detail}）</source>
        <translation>{title}: {text} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1258"/>
        <source>{customer}（{staff}）</source>
        <translation>{customer} ({staff})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1259"/>
        <source>{category}：{summary}</source>
        <translation>{category}: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1260"/>
        <source>我的投诉：等待超过预计日期</source>
        <translation>My complaints: waiting past the expected date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1261"/>
        <source>没有等待超期的投诉。</source>
        <translation>No complaint is waiting past its expected date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1262"/>
        <source>全部门等待中的投诉（暂停计时）</source>
        <translation>Complaints waiting in the department (clock paused)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1263"/>
        <source>没有暂停计时的投诉。</source>
        <translation>No complaint has its clock paused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1264"/>
        <source>我的跟进：已逾期</source>
        <translation>My follow-ups: overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1265"/>
        <source>没有逾期的跟进。</source>
        <translation>No overdue follow-ups.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1266"/>
        <source>我的跟进：今天到期</source>
        <translation>My follow-ups: due today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1267"/>
        <source>今天没有到期的跟进。</source>
        <translation>No follow-ups due today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1268"/>
        <source>我的跟进：未来7天</source>
        <translation>My follow-ups: next 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1269"/>
        <source>未来7天没有跟进。</source>
        <translation>No follow-ups in the next 7 days.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1270"/>
        <source>全部门逾期跟进</source>
        <translation>Overdue follow-ups of the department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1271"/>
        <source>本班组逾期跟进</source>
        <translation>Overdue follow-ups of my team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1272"/>
        <source>指派给我的投诉</source>
        <translation>Complaints assigned to me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1273"/>
        <source>没有指派给我、待我调查或拟方案的投诉。</source>
        <translation>No complaint is assigned to me for investigation or a plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1274"/>
        <source>新投诉：待判断、待派发</source>
        <translation>New complaints: to judge and dispatch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1275"/>
        <source>没有等待派发的新投诉。</source>
        <translation>No new complaint is waiting to be dispatched.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1276"/>
        <source>没有待我回访的投诉。</source>
        <translation>No complaint is waiting for my callback.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1277"/>
        <source>我的换班申请（待审批）</source>
        <translation>My swap requests (pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1278"/>
        <source>没有待审批的换班申请。</source>
        <translation>No swap request is pending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1279"/>
        <source>我的请假申请（待审批）</source>
        <translation>My leave requests (pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1280"/>
        <source>没有待审批的请假申请。</source>
        <translation>No leave request is pending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1282"/>
        <source>待我确认接班的交接日志</source>
        <translation>Handover logs for me to acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1283"/>
        <source>没有待我确认的交接日志。</source>
        <translation>No handover log is waiting for my acknowledgement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1284"/>
        <source>我介绍的客户：待来访</source>
        <translation>Customers I referred: visit expected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1285"/>
        <source>没有待来访的介绍客户。</source>
        <translation>No referred customer is expected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1286"/>
        <source>没有失效的介绍登记。</source>
        <translation>No referral has lapsed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1249"/>
        <source>（匿名来电）</source>
        <translation>(anonymous caller)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1232"/>
        <source>{number} {complainant}：{category}</source>
        <translation>{number} {complainant}: {category}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1233"/>
        <source>{month}月服务质量分析报告（{team}）</source>
        <translation>Service quality report for month {month} ({team})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1234"/>
        <source>{who}（{owner}）</source>
        <translation>{who} ({owner})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1281"/>
        <source>&#x3000;</source>
        <translation>  </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1287"/>
        <source>待我审批的处理方案</source>
        <translation>Plans waiting for my approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1288"/>
        <source>没有待审批的处理方案。</source>
        <translation>No plan is waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1289"/>
        <source>退回主任的投诉</source>
        <translation>Complaints returned to the supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1290"/>
        <source>没有退回主任的投诉。</source>
        <translation>No complaint was returned to the supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1291"/>
        <source>全部门超期投诉</source>
        <translation>Overdue complaints of the department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1292"/>
        <source>没有超期的投诉。</source>
        <translation>No overdue complaints.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1293"/>
        <source>待我审批的换班</source>
        <translation>Swaps waiting for my approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1294"/>
        <source>没有待我审批的换班。</source>
        <translation>No swap is waiting for my approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1295"/>
        <source>待我审批的顶班</source>
        <translation>Covers waiting for my approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1296"/>
        <source>没有待我审批的顶班。</source>
        <translation>No cover is waiting for my approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1297"/>
        <source>待我审批的请假</source>
        <translation>Leave waiting for my approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1298"/>
        <source>没有待我审批的请假。</source>
        <translation>No leave is waiting for my approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1299"/>
        <source>病假未交证明</source>
        <translation>Sick leave without a certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1300"/>
        <source>没有缺少证明的病假。</source>
        <translation>No sick leave is missing its certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1301"/>
        <source>接班未确认的交接日志</source>
        <translation>Handover logs not acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1302"/>
        <source>所有交接日志都已确认接班。</source>
        <translation>Every handover log has been acknowledged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1303"/>
        <source>服务质量分析报告（交主任）</source>
        <translation>Service quality report (to the supervisor)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1304"/>
        <source>各班组服务质量分析报告</source>
        <translation>Service quality reports of the teams</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1305"/>
        <source>没有班组。</source>
        <translation>No teams.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1306"/>
        <source>信用复核、档案核定到期</source>
        <translation>Credit and archive reviews due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1307"/>
        <source>没有到期的复核。</source>
        <translation>No review is due.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1308"/>
        <source>未读紧急报告</source>
        <translation>Unread urgent reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1309"/>
        <source>没有未读的紧急报告。</source>
        <translation>No unread urgent reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1310"/>
        <source>拜访积分落后于进度</source>
        <translation>Visit points behind pace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1311"/>
        <source>没有落后于进度的业务员。</source>
        <translation>No salesperson is behind pace.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1312"/>
        <source>备份按时，不需要提醒。</source>
        <translation>Backups are on time; nothing to remind.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1313"/>
        <source>备份提醒</source>
        <translation>Backup reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="761"/>
        <source>信用复核</source>
        <translation>Credit review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1316"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1317"/>
        <source>这条记录已作废，不能撤销。</source>
        <translation>This record has been voided; nothing can be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1318"/>
        <source>这条记录登记后还没有修改过，没有可以撤销的修改。</source>
        <translation>This record has not been edited since it was recorded; there is no edit to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1319"/>
        <source>这条记录最后一次变动是「{what}」，不是资料修改，不能撤销。</source>
        <translation>The last change of this record was “{what}”, not an edit of its details; it cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1320"/>
        <source>这条记录最后一次是 {name} 于 {at:%m-%d %H:%M} 修改的，只能撤销自己所做的最后一次修改。</source>
        <translation>This record was last edited by {name} at {at:%m-%d %H:%M}; you can only undo your own last edit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1321"/>
        <source>这次修改是 {at:%m-%d %H:%M} 做的，已超过 {minutes} 分钟，不能再撤销。</source>
        <translation>This edit was made at {at:%m-%d %H:%M}, more than {minutes} minutes ago; it can no longer be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1322"/>
        <source>系统</source>
        <translation>the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1323"/>
        <source>撤销上次修改</source>
        <translation>undo of the last edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1324"/>
        <source>请选择话术类别。</source>
        <translation>Please choose the phrasing&apos;s category.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1325"/>
        <source>请填写话术标题。</source>
        <translation>Please enter the phrasing&apos;s title.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1326"/>
        <source>请填写话术内容。</source>
        <translation>Please enter the phrasing&apos;s text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1327"/>
        <source>插入的话术{problem}</source>
        <translation>Inserted phrasing: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1328"/>
        <source>{category}已有同名话术「{title}」。</source>
        <translation>{category} already has a phrasing called “{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1329"/>
        <source>该话术已停用，不能再修改。</source>
        <translation>This phrasing is retired and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1330"/>
        <source>话术的类别不能修改；请新建一条。</source>
        <translation>A phrasing&apos;s category cannot be changed; please make a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1331"/>
        <source>该话术刚被改为第 {version} 版，请重新打开后再修改。</source>
        <translation>This phrasing has just become version {version}; please open it again before changing it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1332"/>
        <source>没有这个占位符：{unknown}。{category}可用：{known}。</source>
        <translation>No such placeholder: {unknown}. {category} can use: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1333"/>
        <source>客户称呼</source>
        <translation>Customer&apos;s form of address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1250"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1314"/>
        <source>信用复核 {day}</source>
        <translation>credit review {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1315"/>
        <source>档案核定 {day}</source>
        <translation>record check {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1334"/>
        <source>受理日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1335"/>
        <source>不成立原因</source>
        <translation>Why unfounded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="585"/>
        <source>第 {row_number} 行：{message2} 本次没有导入任何客户。</source>
        <translation>Row {row_number}: {message2} No customer was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="586"/>
        <source>只能导入 .xlsx 格式的 Excel 文件（旧的 .xls 或 .csv 请先在 Excel 中另存为 .xlsx）。</source>
        <translation>Only .xlsx Excel files can be imported (save an old .xls or .csv as .xlsx in Excel first).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="587"/>
        <source>表格中有合并单元格（{value}），请取消合并、让每行一位客户后再导入。</source>
        <translation>The sheet has merged cells ({value}); unmerge them so each row is one customer, then import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="588"/>
        <source>表格是空的：第一行应为列标题，从第二行起每行一位客户。</source>
        <translation>The sheet is empty: the first row should hold the column titles and each row from the second one customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="589"/>
        <source>请为「{value}」选择表格中的对应列。</source>
        <translation>Please choose the sheet&apos;s column for “{value}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="590"/>
        <source>没有可以导入的行。</source>
        <translation>There are no rows to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="591"/>
        <source>无法读取该文件：它不是有效的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation>The file cannot be read: it is not a valid Excel workbook (.xlsx). Save it as .xlsx in Excel or WPS, then import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="593"/>
        <source>表格超过 {MAX_ROWS} 行，请分成每份不超过 {MAX_ROWS} 行的文件分批导入。</source>
        <translation>The sheet has more than {MAX_ROWS} rows; please split it into files of at most {MAX_ROWS} rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="594"/>
        <source>第 {number} 行第 {column} 列是公式，请先把公式转换为数值（复制 → 选择性粘贴 → 数值）再导入。</source>
        <translation>Row {number}, column {column} is a formula; convert formulas to values first (Copy → Paste Special → Values), then import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="597"/>
        <source>联系人职务</source>
        <translation>Contact&apos;s title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="598"/>
        <source>家庭成员</source>
        <translation>Household member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="599"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="600"/>
        <source>客户姓名</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="602"/>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="603"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="604"/>
        <source>手机号</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="605"/>
        <source>手机号码</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="606"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="607"/>
        <source>称谓</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="608"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="609"/>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="610"/>
        <source>联系地址</source>
        <translation>Contact address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="611"/>
        <source>住址</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="612"/>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="613"/>
        <source>意向</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="614"/>
        <source>欲购户型</source>
        <translation>Wanted unit type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="615"/>
        <source>户型</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="617"/>
        <source>客户级别</source>
        <translation>Customer level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="618"/>
        <source>客户来源</source>
        <translation>Customer source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="698"/>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="702"/>
        <source>秘密</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="639"/>
        <source>客户编号至少输入 KH 后 {digits} 位数字</source>
        <translation>type at least {digits} digits after KH of a customer number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="640"/>
        <source>电话至少输入 {digits} 位数字（客户编号至少 {number_digits} 位）</source>
        <translation>type at least {digits} digits of a phone number ({number_digits} of a customer number)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="641"/>
        <source>拼音首字母至少输入 {letters} 个（如 zs 找张三），汉字一个即可</source>
        <translation>type at least {letters} pinyin initials (zs finds 张三), or one Chinese character</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="644"/>
        <source>即将回公共池</source>
        <translation>Returning to pool soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="645"/>
        <source>您是该客户的原归属业务员，归属于 {returned:%Y-%m-%d} 回公共池，{days} 天内不能再申领；{free_on:%Y-%m-%d} 起可以申领。</source>
        <translation>You owned this customer before; it returned to the pool on {returned:%Y-%m-%d} and you cannot claim it for {days} days; you may claim it from {free_on:%Y-%m-%d}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="646"/>
        <source>每人最多持有 {cap} 位客户（家庭计一位），您已持有 {held} 位；请先跟进或释放部分客户再申领。</source>
        <translation>Each person holds at most {cap} customers (a household counts once) and you hold {held}; follow up or release some customers before claiming.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="648"/>
        <source>请填写 0 到 {value} 的整数。</source>
        <translation>Please enter a whole number from 0 to {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="660"/>
        <source>日期「{text}」无法识别，请写成 2024-05-01 的格式。</source>
        <translation>The date “{text}” cannot be read; please write it like 2024-05-01.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="661"/>
        <source>请填写联系电话（至少一个能联系上的号码）。</source>
        <translation>Please enter a phone number (at least one that reaches the customer).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="662"/>
        <source>请填写客户名称（个人填姓名，单位填单位全称）。</source>
        <translation>Please enter the customer&apos;s name (a person&apos;s name, or an organisation&apos;s full name).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="663"/>
        <source>邮编应为 6 位数字。</source>
        <translation>The postcode should be 6 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="664"/>
        <source>邮箱格式不正确。</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="665"/>
        <source>成立时间不能晚于今天。</source>
        <translation>The founding date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="666"/>
        <source>归属业务员：{owner}&#x3000;状态：{status}&#x3000;登记：{registrant} 于 {registered}&#x3000;最近跟进：{follow_up}</source>
        <translation>Owner: {owner}   Status: {status}   Registered by {registrant} on {registered}   Last follow-up: {follow_up}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="668"/>
        <source>数值超出合理范围。</source>
        <translation>The number is out of a sensible range.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="669"/>
        <source>预算应在 0 到 99,999,999.99 元之间。</source>
        <translation>The budget should be between 0 and 99,999,999.99 yuan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="655"/>
        <source>介绍人不是在职员工。</source>
        <translation>The referrer is not an active staff member.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="653"/>
        <source>员工介绍的客户须在首次来访前登记，并填写预计来访日期。</source>
        <translation>A customer referred by staff is registered before the first visit, with the expected visit date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="670"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="671"/>
        <source>尚无</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="693"/>
        <source>{status}（至 {until}）</source>
        <translation>{status} (until {until})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="674"/>
        <source>找不到该家庭成员，请填写已登记家庭成员的客户编号或电话。</source>
        <translation>That household member cannot be found; enter the customer number or phone of a registered member.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="675"/>
        <source>该客户已作废，不能修改。</source>
        <translation>This customer has been voided and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="676"/>
        <source>只有归属业务员、登记人或班长以上可以修改该客户资料。</source>
        <translation>Only the owner, the registrant or a team leader or above can change this customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="678"/>
        <source>该客户是家庭户主，请先解除其家庭成员的关联。</source>
        <translation>This customer heads a household; unlink its members first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="679"/>
        <source>该客户已作废或已归档。</source>
        <translation>This customer is voided or archived.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="680"/>
        <source>只有已归档的客户可以恢复。</source>
        <translation>Only an archived customer can be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="681"/>
        <source>{new_owner} 已停用，不能接收客户。</source>
        <translation>{new_owner} has been deactivated and cannot receive customers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="656"/>
        <source>该客户已作废。</source>
        <translation>This customer has been voided.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="682"/>
        <source>请选择信用等级 A–D。</source>
        <translation>Please choose a credit grade A–D.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="683"/>
        <source>两位客户已在同一家庭中。</source>
        <translation>The two customers are already in one household.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="684"/>
        <source>已作废的客户不能关联家庭。</source>
        <translation>A voided customer cannot join a household.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="685"/>
        <source>{member} 已是其他家庭成员的户主，不能再并入别的家庭。</source>
        <translation>{member} already heads a household and cannot join another.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="686"/>
        <source>两位客户归属不同业务员，关联家庭需由主任办理。</source>
        <translation>The two customers have different owners; a supervisor links their households.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="687"/>
        <source>该客户不属于任何家庭。</source>
        <translation>This customer belongs to no household.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="688"/>
        <source>请填写整数。</source>
        <translation>Please enter a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="690"/>
        <source>请选择：{value}。</source>
        <translation>Please choose: {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="691"/>
        <source>预计来访日期不能早于登记日期。</source>
        <translation>The expected visit date cannot be before the registration date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="694"/>
        <source>只有归属业务员可以把归属有效的客户释放到公共池。</source>
        <translation>Only the owner can release an owned customer to the pool.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="699"/>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="700"/>
        <source>转介绍</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="701"/>
        <source>老客户</source>
        <translation>Returning customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="705"/>
        <source>A 级：需求规模大且迫切</source>
        <translation>Grade A: large and urgent needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="706"/>
        <source>B 级：一般需求</source>
        <translation>Grade B: ordinary needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="707"/>
        <source>C 级：潜在需求</source>
        <translation>Grade C: potential needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="708"/>
        <source>D 级：需求小或暂无明确需求</source>
        <translation>Grade D: small or no clear needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="709"/>
        <source>A 级：可给予一定授信额度和回款期限，授信额度不超过合同账期内的销售额；每半年复核一次信用。</source>
        <translation>Grade A: a credit line and payment terms may be given, the line not above the sales within the contract&apos;s payment period; credit reviewed every six months.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="710"/>
        <source>B 级：先设定一定额度，再根据信用状况逐渐放宽；每三个月复核一次信用。</source>
        <translation>Grade B: start with a set line and widen it as the credit record allows; credit reviewed every three months.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="711"/>
        <source>C 级：现款现货，经仔细审查、符合信用政策的给予少量信用额度；每月复核一次信用。</source>
        <translation>Grade C: cash on delivery; a small line after careful review if the credit policy allows; credit reviewed monthly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="712"/>
        <source>D 级：不给予任何信用交易，坚决现款现货或先款后货；每月复核一次信用。</source>
        <translation>Grade D: no credit at all, strictly cash on delivery or payment in advance; credit reviewed monthly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="642"/>
        <source>归属有效</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="643"/>
        <source>已回公共池</source>
        <translation>Back in pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="713"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="718"/>
        <source>电话号码格式不正确：手机号为 1 开头的 11 位数字，座机需带区号，例如 0571-88886666。</source>
        <translation>The phone number is not valid: a mobile number is 11 digits starting with 1, a landline has its area code, e.g. 0571-88886666.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="750"/>
        <location filename="../../desktop/ui/service_text.py" line="74"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="751"/>
        <location filename="../../desktop/ui/service_text.py" line="75"/>
        <source>归属</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="616"/>
        <location filename="../../desktop/ui/service_text.py" line="76"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="753"/>
        <location filename="../../desktop/ui/service_text.py" line="79"/>
        <source>借阅</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="779"/>
        <source>写入 {folder} 时出错：{value}。备份没有完成。</source>
        <translation>Writing to {folder} failed: {value}. The backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="782"/>
        <source>{folder} 中已有同名文件 {name}，没有覆盖它。同一分钟内只能备份一次，请稍后再试或换一个文件夹。</source>
        <translation>{folder} already holds a file named {name}; it was not overwritten. One backup a minute: try again shortly or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="783"/>
        <source>找不到备份位置 {folder}（U盘可能已被拔出）。请重新插入U盘或选择其他文件夹后再试。</source>
        <translation>The backup place {folder} cannot be found (the USB stick may have been removed). Insert it again or choose another folder, then retry.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="784"/>
        <source>备份位置 {folder} 是只读的或没有写入权限。请检查U盘的写保护开关，或选择其他文件夹。</source>
        <translation>The backup place {folder} is read-only or not writable. Check the USB stick&apos;s write-protect switch, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="785"/>
        <source>备份位置 {folder} 空间不足，备份没有完成。请清理U盘或换一个容量更大的U盘。</source>
        <translation>The backup place {folder} is full; the backup was not made. Free some space or use a larger USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="786"/>
        <source>数据库文件超过了 {folder} 所在磁盘允许的单个文件大小（FAT32 最大 4 GB）。请改用 exFAT 或 NTFS 格式的U盘。</source>
        <translation>The database is larger than a single file may be on the disk of {folder} (FAT32 allows 4 GB). Use a USB stick formatted exFAT or NTFS.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="787"/>
        <source>写入 {folder} 时设备出错（U盘可能已被拔出或已损坏），备份没有完成。</source>
        <translation>The device failed while writing to {folder} (the USB stick may have been removed or be damaged); the backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="788"/>
        <source>{path} 与它的清单（{name}）中的校验值不一致，文件已被改动或损坏。</source>
        <translation>{path} does not match the checksum in its list ({name}); the file has been changed or damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="789"/>
        <source>{folder} 所在磁盘空间不足：需要约 {needed:.1f} MB，只剩 {free:.1f} MB。请清理磁盘，或换一个容量更大的U盘。</source>
        <translation>The disk of {folder} is too full: about {needed:.1f} MB needed, {free:.1f} MB free. Free some space or use a larger USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="791"/>
        <source>备份副本的行数与数据库不一致，备份没有完成。</source>
        <translation>The copy&apos;s row counts differ from the database; the backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="792"/>
        <source>备份副本的结构版本与本程序不一致，备份没有完成。</source>
        <translation>The copy&apos;s schema version differs from this program&apos;s; the backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="794"/>
        <source>找不到文件 {path}。</source>
        <translation>The file {path} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="795"/>
        <source>无法读取 {path}：{value}</source>
        <translation>{path} cannot be read: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="796"/>
        <source>{path} 已损坏（完整性检查未通过：{value}），不能使用。</source>
        <translation>{path} is damaged (the integrity check failed: {value}) and cannot be used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="797"/>
        <source>{path} 不是客服台的数据库文件。</source>
        <translation>{path} is not a Service Desk database.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="798"/>
        <source>{path} 已损坏或不是数据库文件（{error}），不能使用。</source>
        <translation>{path} is damaged or not a database ({error}) and cannot be used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="799"/>
        <source>备份副本校验未通过：{message2}备份没有完成。</source>
        <translation>The copy did not pass its check: {message2} The backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="800"/>
        <source>找不到数据库文件 {db_path}。</source>
        <translation>The database file {db_path} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="804"/>
        <source>备份文件在写入过程中从 {folder} 消失了（U盘可能已被拔出），备份没有完成。</source>
        <translation>The backup file disappeared from {folder} while being written (the USB stick may have been removed); the backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="805"/>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="806"/>
        <source>借阅记录</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="807"/>
        <source>操作日志</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="808"/>
        <source>与本程序一致</source>
        <translation>matches this program</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="809"/>
        <source>较旧，恢复时将自动升级</source>
        <translation>older; upgraded automatically when restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="810"/>
        <source>较新，本程序无法使用</source>
        <translation>newer; this program cannot use it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="817"/>
        <source>{name} 的数据库结构与结构版本 {schema_version} 应有的结构不一致（{changes}），文件可能被改动过，不能使用。</source>
        <translation>The structure of {name} differs from what schema version {schema_version} should have ({changes}); the file may have been altered and cannot be used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="818"/>
        <source>数据库仍被另一个客服台窗口或程序使用，无法恢复。请关闭其他窗口后再试。</source>
        <translation>The database is still in use by another Service Desk window or program and cannot be restored. Close the other windows and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="823"/>
        <source>复制时 {name} 的内容发生了变化（U盘可能有故障），没有恢复。</source>
        <translation>{name} changed while it was copied (the USB stick may be faulty); nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="824"/>
        <source>{name} 升级后未通过完整性检查，没有恢复。</source>
        <translation>{name} failed the integrity check after upgrading; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="825"/>
        <source>无法在 {parent} 准备恢复：{value}</source>
        <translation>The restore cannot be prepared in {parent}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="826"/>
        <source>恢复没有完成，当前数据库保持不变：{value}</source>
        <translation>The restore did not finish; the current database is unchanged: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="830"/>
        <source>无法替换损坏的数据库文件：{error}</source>
        <translation>The damaged database file cannot be replaced: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="831"/>
        <source>提醒天数应在 1 到 90 之间。</source>
        <translation>The reminder days should be between 1 and 90.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="832"/>
        <source>自动备份保留份数应在 1 到 100 之间。</source>
        <translation>The number of automatic backups kept should be between 1 and 100.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="838"/>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="839"/>
        <source>索引</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="840"/>
        <source>触发器</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="841"/>
        <source>视图</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="859"/>
        <source>原密码不正确。</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="860"/>
        <source>新密码不能与原密码相同。</source>
        <translation>The new password cannot be the same as the current one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="861"/>
        <source>报表</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="862"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="863"/>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="619"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="864"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="870"/>
        <source>客诉案件统计表</source>
        <translation>Complaint Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="871"/>
        <source>回访满意度分析</source>
        <translation>Call-back satisfaction analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="872"/>
        <source>维度</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="873"/>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="874"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="875"/>
        <source>本月受理</source>
        <translation>Received this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="876"/>
        <source>本月结案</source>
        <translation>Closed this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="877"/>
        <source>平均处理时间</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="878"/>
        <source>其中等待</source>
        <translation>Of which waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="879"/>
        <source>最长处理时间</source>
        <translation>Longest handling time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="880"/>
        <source>超期答复</source>
        <translation>Replied late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="883"/>
        <source>报送期限</source>
        <translation>Report due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="884"/>
        <source>本月没有结案的投诉。</source>
        <translation>No complaint was closed this month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="501"/>
        <source>回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="885"/>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="886"/>
        <source>问题未解决</source>
        <translation>Problem not solved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="502"/>
        <source>按无法联系结案</source>
        <translation>Closed as unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="888"/>
        <source>本周没有回访记录。</source>
        <translation>No callbacks this week.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="889"/>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="890"/>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="891"/>
        <source>处理时间：自受理至答复客户，只计工作日（节假日不计，调休上班日计入）。</source>
        <translation>Handling time: from receipt to the reply to the customer, in working days only (holidays not counted, make-up working days counted).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="892"/>
        <source>等待客户/第三方期间处理期限暂停计时；「连同等待时间计超期件数」按未暂停的期限计算。</source>
        <translation>The deadline is paused while waiting for the customer or a third party; “overdue including waiting” counts against the unpaused deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="893"/>
        <source>制表</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="894"/>
        <source>客服部主任</source>
        <translation>Head of Customer Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="895"/>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="897"/>
        <source>新客户（按登记人、来源）</source>
        <translation>New customers (by registrant and source)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="898"/>
        <source>巡访紧急报告</source>
        <translation>Urgent visit reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="899"/>
        <source>客服部日报</source>
        <translation>Customer Service Daily Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="900"/>
        <source>本日没有拜访、来访、电话、新客户、投诉、回访或换班记录。</source>
        <translation>No visits, receptions, calls, new customers, complaints, callbacks or swaps today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="901"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="902"/>
        <source>报告人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="903"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="904"/>
        <source>换班批准</source>
        <translation>Swaps approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="905"/>
        <source>日终超期投诉</source>
        <translation>Overdue at day&apos;s end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="906"/>
        <source>联系次数不含已作废的记录；日终超期投诉按投诉单现有期限计算：处理期限已过仍未答复，或回访期限已过仍未回访上。</source>
        <translation>Contacts exclude voided records; complaints overdue at day&apos;s end use each complaint&apos;s current deadline: not replied by the handling deadline, or not reached by the callback deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="907"/>
        <source>派发超过60分钟：受理后60分钟以后才派发（客服部员工级别划分规则 三）。</source>
        <translation>Assigned after 60 minutes: assigned more than 60 minutes after receipt (staff grading rules, III).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="908"/>
        <source>换班（申请人 换出班次 ⇄ 替班人 还班班次）</source>
        <translation>Swaps (applicant&apos;s shift ⇄ substitute&apos;s return shift)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="601"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="917"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="918"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="919"/>
        <source>标记</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="920"/>
        <source>访问计划完成情况</source>
        <translation>Visit plan progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="921"/>
        <source>走访评价（外出拜访）</source>
        <translation>Visit ratings (field visits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="922"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="923"/>
        <source>客服部月报</source>
        <translation>Customer Service Monthly Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="924"/>
        <source>本月没有拜访、来访、电话或投诉记录。</source>
        <translation>No visits, receptions, calls or complaints this month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="925"/>
        <source>计划客户</source>
        <translation>Planned customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="926"/>
        <source>完成次数</source>
        <translation>Visits done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="927"/>
        <source>完成率</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="928"/>
        <source>计划外拜访</source>
        <translation>Unplanned visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="929"/>
        <source>完成次数：对计划内客户的实际拜访，每个客户最多计到计划次数。</source>
        <translation>Visits done: actual visits to planned customers, each counted up to its planned number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="930"/>
        <source>评价项目</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="931"/>
        <source>评价次数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="932"/>
        <source>平均分</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="933"/>
        <source>各等级次数</source>
        <translation>By level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="272"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="934"/>
        <source>次数</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="935"/>
        <source>业务员人数</source>
        <translation>Salespeople</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="936"/>
        <source>积分达标</source>
        <translation>Points target met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="937"/>
        <source>电话记录</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="938"/>
        <source>紧急报告</source>
        <translation>Urgent reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="939"/>
        <source>投诉受理</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="940"/>
        <source>投诉结案</source>
        <translation>Complaints closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="941"/>
        <source>统计表报送期限</source>
        <translation>Statistics due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="942"/>
        <source>业务积分</source>
        <translation>Sales points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="943"/>
        <source>结案投诉分类</source>
        <translation>Closed complaints by category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="944"/>
        <source>市场行情、竞争对手动向</source>
        <translation>Market and competitors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="945"/>
        <source>客诉案件统计表按本月结案的案件统计，处理时间只计工作日。</source>
        <translation>The complaint statistics count the cases closed this month; handling time counts working days only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="946"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="947"/>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="948"/>
        <source>条</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="949"/>
        <source>份</source>
        <translation>reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="950"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="952"/>
        <source>日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="953"/>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="954"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="955"/>
        <source>一二三四五六日</source>
        <translation>MTWTFSS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="965"/>
        <source>新客户</source>
        <translation>New customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="966"/>
        <source>人员工作量（按接待/拜访人）</source>
        <translation>Workload (by receiver/visitor)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="967"/>
        <source>联系目的（按方式）</source>
        <translation>Purposes (by kind)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="968"/>
        <source>联系目的与方式</source>
        <translation>Purposes and kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="969"/>
        <source>回访满意度</source>
        <translation>Call-back satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="971"/>
        <source>投诉派发</source>
        <translation>Complaints assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="972"/>
        <source>跟进到期</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="973"/>
        <source>按时跟进</source>
        <translation>Followed up on time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="974"/>
        <source>错过跟进</source>
        <translation>Follow-ups missed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="979"/>
        <source>户</source>
        <translation>customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="980"/>
        <source>起</source>
        <translation>swaps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="495"/>
        <source>派发</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="866"/>
        <source>{year}年{month}月结案案件</source>
        <translation>Cases closed in {month}/{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="867"/>
        <source>{overdue} 件{overdue_share}</source>
        <translation>{overdue} cases{overdue_share}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="868"/>
        <source>{report_due} 前</source>
        <translation>by {report_due}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="869"/>
        <source>{reached} 次（72 小时内 {on_time} 次）</source>
        <translation>{reached} ({on_time} within 72 hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="910"/>
        <source>业务积分（目标 {TARGET} 分/月）</source>
        <translation>Sales points (target {TARGET} a month)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="911"/>
        <source>同一客户同一天只计 1 分；电话记录和协助人不计分；少 {FLAG_SHORT} 分及以上标出。</source>
        <translation>One point per customer a day; calls and assistants earn none; {FLAG_SHORT} or more points short are marked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="912"/>
        <source>本月共 {written} 条记录填写了此项；列出出现最多的 {TOP_TEXTS} 条。</source>
        <translation>{written} records this month filled this in; the {TOP_TEXTS} most frequent are listed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="913"/>
        <source>{reached} 人（少3分及以上 {flagged} 人）</source>
        <translation>{reached} people ({flagged} 3 or more points short)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="914"/>
        <source>客诉案件统计表（{text}结案，受理 {received} 件，结案 {closed} 件）</source>
        <translation>Complaint statistics (closed in {text}: {received} received, {closed} closed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="915"/>
        <source>每月巡访情况报告书：汇总本月全部拜访、来访和电话记录（不含作废）中的客户意见、市场行情和紧急报告（紧急报告按类别：{value}）。</source>
        <translation>Monthly visit report: the customer opinions, market news and urgent reports of all this month&apos;s visits, receptions and calls (voided ones aside; urgent reports by category: {value}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="916"/>
        <source>少 {short} 分</source>
        <translation>{short} points short</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="951"/>
        <source>{month}月{day}日 {weekday}</source>
        <translation>{weekday} {day}/{month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="772"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="714"/>
        <source>万</source>
        <translation>ten thousand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="715"/>
        <source>千</source>
        <translation>thousand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="716"/>
        <source>亿</source>
        <translation>hundred million</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="752"/>
        <location filename="../../desktop/ui/service_text.py" line="78"/>
        <source>员工介绍</source>
        <translation>Staff referral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="773"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="774"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="775"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="776"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="777"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="778"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="780"/>
        <source>备份已完成。副本写好后已从头读回核对：内容完整，与数据库一致，可以用来恢复。

副本保存在：{path}
副本中有：{counts}</source>
        <translation>The backup is done. The copy was read back from the start and checked once written: it is complete, matches the database and can be used to restore.

The copy is in: {path}
It holds: {counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="790"/>
        <source>写入后读回的内容与写入的不一致（U盘可能有故障），备份没有完成。请换一个U盘再试。</source>
        <translation>What was read back differs from what was written (the USB stick may be faulty); the backup was not made. Please try another USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="793"/>
        <source>找不到数据库文件 {path}。</source>
        <translation>The database file {path} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="801"/>
        <source>无法读取数据库生成快照：{error}。备份没有完成。</source>
        <translation>The database could not be read for a snapshot: {error}. The backup was not made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="811"/>
        <source>{at:%Y-%m-%d %H:%M} 的数据库完整性检查发现问题：{problems}。数据库文件可能已损坏：请尽快联系管理员，用最近一次通过校验的备份恢复（文件 → 恢复），恢复前请不要删除任何备份。</source>
        <translation>The database integrity check of {at:%Y-%m-%d %H:%M} found problems: {problems}. The database file may be damaged: please contact the administrator soon to restore the latest backup that passed its check (File → Restore), and delete no backup before that.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="865"/>
        <source>（{value:.1%}）</source>
        <translation> ({value:.1%})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="881"/>
        <source>回访满意率</source>
        <translation>Call-back satisfaction rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="882"/>
        <source>另立新单</source>
        <translation>Reopened as new</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="887"/>
        <source>本周结案</source>
        <translation>Closed this week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="960"/>
        <source>{phones} 条（未登记来电 {anonymous_phones} 条）</source>
        <translation>{phones} ({anonymous_phones} unregistered callers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="961"/>
        <source>{dispatched} 件（超过60分钟 {dispatch_late} 件）</source>
        <translation>{dispatched} ({dispatch_late} after 60 minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="962"/>
        <source>{attempts} 次（联系上 {reached} 次）</source>
        <translation>{attempts} ({reached} reached)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="970"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="981"/>
        <source>经办人为投诉单的责任人；未派发即答复的（如不成立）为答复人。</source>
        <translation>The handler is the complaint&apos;s responsible person; for one answered without dispatch (e.g. unfounded), the person who answered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="975"/>
        <source>回访评价</source>
        <translation>Rated call-backs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="976"/>
        <source>另立新单占比</source>
        <translation>Share reopened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="977"/>
        <source>满意率 =（满意 + 基本满意）÷ 回访评价；回访评价为回访联系上、记录了满意度的结案件数（不成立、无法联系的不计）。另立新单：客户不接受处理结论、另立新投诉单的（截至制表时）。</source>
        <translation>Satisfaction rate = (satisfied + mostly satisfied) ÷ rated call-backs; rated call-backs are the closed complaints whose call-back reached the customer and recorded a satisfaction (unfounded and unreachable ones not counted). Reopened as new: the customer did not accept the outcome and a new complaint was opened (as of when the table was made).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="978"/>
        <source>满意率 =（满意 + 基本满意）÷ 联系上。</source>
        <translation>Satisfaction rate = (satisfied + mostly satisfied) ÷ reached.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="982"/>
        <source>未结投诉账龄（截至 {as_of}）</source>
        <translation>Open complaints by age (as of {as_of})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="983"/>
        <source>超期未结投诉（截至 {as_of}）</source>
        <translation>Overdue open complaints (as of {as_of})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="984"/>
        <source>联系上 {reached}</source>
        <translation>{reached} reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="985"/>
        <source>报送期限：{report_due}（客服部员工级别划分规则 四 回访采编组）。</source>
        <translation>Report due: {report_due} (staff grading rules IV, callback team).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="986"/>
        <source>{value} 件（其中超期 {value2} 件）</source>
        <translation>{value} ({value2} overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="987"/>
        <source>日终超期</source>
        <translation>Overdue at day&apos;s end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="988"/>
        <source>每日汇总</source>
        <translation>Daily totals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="989"/>
        <source>客服部周报</source>
        <translation>Customer Service Weekly Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="990"/>
        <source>本周没有拜访、来访、电话、新客户、投诉、回访或换班记录，也没有未结投诉。</source>
        <translation>No visits, receptions, calls, new customers, complaints, callbacks or swaps this week, and no open complaints.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="991"/>
        <source>合计行的「日终超期」为本周最后一天结束时（或现在）的超期件数。</source>
        <translation>The total row&apos;s “overdue at day&apos;s end” counts the overdue at the end of the week&apos;s last day (or now).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="992"/>
        <source>回访人</source>
        <translation>Called by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="993"/>
        <source>回访次数</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="994"/>
        <source>72小时内联系上</source>
        <translation>Reached within 72 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="995"/>
        <source>占比/说明</source>
        <translation>Share/note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="996"/>
        <source>其中超期</source>
        <translation>Of which overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="997"/>
        <source>超期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="998"/>
        <source>周末超期投诉</source>
        <translation>Overdue at week&apos;s end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="999"/>
        <source>每日联系次数</source>
        <translation>Contacts per day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1000"/>
        <source>每日投诉</source>
        <translation>Complaints per day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1001"/>
        <source>错过跟进：下次跟进日期在本周、到期当天结束仍未跟进的（随原记录作废或取消的不计）。</source>
        <translation>Follow-ups missed: due this week and not done by the end of the due day (those voided or cancelled with their record not counted).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1002"/>
        <source>超期天数：自期限至周末（或现在）的自然日，期限按投诉单现有期限（已答复的按回访期限）。</source>
        <translation>Days overdue: calendar days from the deadline to the week&apos;s end (or now); the deadline is the complaint&apos;s current one (the callback deadline once replied).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1003"/>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1004"/>
        <source>未结投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1005"/>
        <source>请选择界面语言。</source>
        <translation>Please choose the interface language.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1006"/>
        <source>客服中心主任须为在职的主任或管理员。</source>
        <translation>The head of the service centre must be an active supervisor or administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1007"/>
        <source>自动锁定时间应在 0 到 {MAX_IDLE_LOCK} 分钟之间（0 为不自动锁定）。</source>
        <translation>The automatic lock should be between 0 and {MAX_IDLE_LOCK} minutes (0: never lock).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1029"/>
        <source>顶班后 {name} 的 {first} {first_shift}与 {second} {second_shift}之间休息不足 {hours:g} 小时，不允许连班。</source>
        <translation>After covering, {name} would rest less than {hours:g} hours between {first} {first_shift} and {second} {second_shift}; back-to-back shifts are not allowed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1030"/>
        <source>{value} {name} 已经开始或已过去，不能再登记顶班。</source>
        <translation>{value} {name} has started or is over; a cover can no longer be recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1031"/>
        <source>排班表上 {name} 在 {value} 没有{name2}（排班已变化）。</source>
        <translation>On the roster {name} has no {name2} on {value} (the roster has changed).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1032"/>
        <source>{name} 在 {value} 已排{current}，每人每天只能上一个班次。</source>
        <translation>{name} already works {current} on {value}; each person works one shift a day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1035"/>
        <source>{value}是法定节假日，节假日当班人员不允许换班，顶班同样不行。</source>
        <translation>{value} is a public holiday: people on duty on a holiday may not swap, nor be covered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1036"/>
        <source>本月主动顶班加分（分）：{points}</source>
        <translation>Cover points this month: {points}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1038"/>
        <source>您是该顶班的当事人，须由{value}审批。</source>
        <translation>You are a party to this cover; it must be approved by {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1039"/>
        <source>顶班须由 {name} 的班长审批。</source>
        <translation>The cover must be approved by {name}&apos;s team leader.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1040"/>
        <source>本月主动顶班加分：无</source>
        <translation>Cover points this month: none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1041"/>
        <source>该顶班{value}，不能再审批。</source>
        <translation>This cover is {value} and can no longer be approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1042"/>
        <source>该顶班{value}，只能撤销待审批的顶班。</source>
        <translation>This cover is {value}; only a pending cover can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1043"/>
        <source>只有登记人或顶班人可以撤销顶班。</source>
        <translation>Only the person who recorded it or the one covering can withdraw a cover.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1045"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1046"/>
        <source>已驳回</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1047"/>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1048"/>
        <source>请选择值班的班次。</source>
        <translation>Please choose the shift on duty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1050"/>
        <source>{day}{shift}还没有开始，不能填写值班日志。</source>
        <translation>{day} {shift} has not started yet; its duty log cannot be written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1051"/>
        <source>{label}量应为 0 到 {limit} 之间的整数。</source>
        <translation>{label} must be a whole number from 0 to {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1052"/>
        <source>{day}{shift}的值班日志由值班长 {name} 填写，只有他本人可以修改。</source>
        <translation>The duty log of {day} {shift} is written by the duty leader {name}; only they may change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="259"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="260"/>
        <source>查询</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="261"/>
        <source>主动服务</source>
        <translation>Proactive service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1055"/>
        <location filename="../../desktop/ui/service_text.py" line="59"/>
        <source>夜班</source>
        <translation>Night shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1056"/>
        <location filename="../../desktop/ui/service_text.py" line="60"/>
        <source>周末班</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1057"/>
        <location filename="../../desktop/ui/service_text.py" line="61"/>
        <source>节假日班</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1058"/>
        <location filename="../../desktop/ui/service_text.py" line="62"/>
        <source>调休日班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="47"/>
        <location filename="../../desktop/ui/service_text.py" line="64"/>
        <source>顶班</source>
        <translation>Covers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="650"/>
        <source>只有已回公共池的客户可以申领</source>
        <translation>only customers back in the open pool may be claimed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="651"/>
        <source>原归属业务员在客户回公共池后的冷静期内不能再申领</source>
        <translation>the former owner may not claim the customer again during the cooling-off period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="652"/>
        <source>每人持有的客户不超过上限</source>
        <translation>no one holds more customers than the limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="719"/>
        <source>【紧急】{kind}·{purpose}（{name}）</source>
        <translation>[Urgent] {kind} · {purpose} ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="720"/>
        <source>{kind}·{purpose}（{name}）</source>
        <translation>{kind} · {purpose} ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="721"/>
        <source>逾期未跟进（{name}）</source>
        <translation>Follow-up overdue ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="722"/>
        <source>待跟进（{name}）</source>
        <translation>Follow-up due ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="723"/>
        <source>{label}：{rating}（{score}分）</source>
        <translation>{label}: {rating} ({score} points)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="724"/>
        <source>应于 {day} 跟进&#x3000;{note}</source>
        <translation>Due {day}  {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="725"/>
        <source>应于 {day} 跟进</source>
        <translation>Due {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="726"/>
        <source>答应：{promised}</source>
        <translation>Promised: {promised}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="727"/>
        <source>投诉 {number}&#x3000;{status}</source>
        <translation>Complaint {number}  {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="728"/>
        <source>{category}·{severity}&#x3000;{content}</source>
        <translation>{category} · {severity}  {content}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="729"/>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="730"/>
        <source>登记人 {name}（先登记者为准），来源 {source}</source>
        <translation>Registered by {name} (the first to register keeps the customer), source {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="731"/>
        <source>{was} → {owner}（经办 {actor}）</source>
        <translation>{was} → {owner} (by {actor})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="732"/>
        <source>{name} 释放，当天起在公共池</source>
        <translation>Released by {name}; in the open pool from that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="733"/>
        <source>回公共池</source>
        <translation>Back in the open pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="734"/>
        <source>{owner} 的归属于 {day} 到期</source>
        <translation>{owner}&apos;s ownership ended on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="735"/>
        <source>{owner} 的归属于 {day} 到期，可申领</source>
        <translation>{owner}&apos;s ownership ended on {day}; it may be claimed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="736"/>
        <source>档案借阅（{name}）</source>
        <translation>Record opened ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="737"/>
        <source>设为重点客户</source>
        <translation>Made a key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="738"/>
        <source>原因：{reason}&#x3000;销售额目标：{target}&#x3000;行动措施：{plan}</source>
        <translation>Reason: {reason}  Sales target: {target}  Actions: {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="739"/>
        <source>员工介绍登记：介绍人 {referrer}</source>
        <translation>Staff referral registered: referred by {referrer}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="740"/>
        <source>预计 {day} 来访（登记 {name}）</source>
        <translation>Expected to visit on {day} (registered by {name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="741"/>
        <source>下次跟进 {day}</source>
        <translation>Next follow-up {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="742"/>
        <source>意见：{opinions}</source>
        <translation>Opinions: {opinions}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="743"/>
        <source>跟进完成（{name}）</source>
        <translation>Followed up ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="744"/>
        <source>取消重点客户</source>
        <translation>No longer a key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="745"/>
        <source>{reason}（经办 {name}）</source>
        <translation>{reason} (by {name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="746"/>
        <source>介绍有效：{referrer} 介绍</source>
        <translation>Referral kept: referred by {referrer}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="747"/>
        <source>{day} 如期来访，接待 {name}</source>
        <translation>Came on {day} as expected, received by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="748"/>
        <source>介绍失效</source>
        <translation>Referral lapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="749"/>
        <source>{referrer} 介绍的客户未在 {day} 来访，介绍登记失效</source>
        <translation>The customer referred by {referrer} did not come on {day}; the referral lapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="754"/>
        <source>释放到公共池：</source>
        <translation>Released to the open pool: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="755"/>
        <source>改派：</source>
        <translation>Reassigned: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="756"/>
        <source>释放到公共池：{rest}</source>
        <translation>Released to the open pool: {rest}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="757"/>
        <source>改派：{rest}</source>
        <translation>Reassigned: {rest}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="758"/>
        <source>在职继承：{rest}</source>
        <translation>Hand-over in service: {rest}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="759"/>
        <source>离职继承：{rest}</source>
        <translation>Hand-over on leaving: {rest}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="760"/>
        <source>从公共池申领</source>
        <translation>Claimed from the open pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="762"/>
        <source>档案季度核定</source>
        <translation>Quarterly record check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="763"/>
        <source>员工介绍登记</source>
        <translation>Staff referral registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="764"/>
        <source>查看档案</source>
        <translation>Viewing the record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="765"/>
        <source>查看客户全貌</source>
        <translation>Viewing the customer page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="766"/>
        <source>修改资料</source>
        <translation>Editing the details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="767"/>
        <source>打印资料卡</source>
        <translation>Printing the customer card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="768"/>
        <source>查看拜访记录</source>
        <translation>Viewing a contact record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="769"/>
        <source>打印走访客户报告单</source>
        <translation>Printing the visit report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="770"/>
        <source>原记录已作废</source>
        <translation>The original record was voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="771"/>
        <source>已取消下次跟进</source>
        <translation>Next follow-up cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="781"/>
        <source>完整性检查（{integrity}）：通过
结构版本：{version}（{schema}）
{tables} 张表的行数与数据库一致：{counts}
写入后读回的 SHA-256 一致：{sha}…</source>
        <translation>Integrity check ({integrity}): passed
Schema version: {version} ({schema})
Row counts of {tables} tables match the database: {counts}
SHA-256 read back after writing matches: {sha}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="812"/>
        <source>{path} 是一个文件夹，不是数据库文件。请把这个文件夹移走或改名（客服台不会动其中的文件），或用 --db 指定数据库文件，然后重新启动客服台。</source>
        <translation>{path} is a folder, not a database file. Move or rename the folder (客服台 leaves the files in it alone), or name the database file with --db, then start 客服台 again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="813"/>
        <source>数据库文件是只读的，或当前用户没有读写它的权限。请在文件的“属性”中取消“只读”，或请管理员给当前用户读写权限；如果它在写保护的U盘或光盘上，请把它复制到电脑上，然后重新启动客服台。</source>
        <translation>The database file is read-only, or this user may not read and write it. Clear &quot;Read-only&quot; in the file&apos;s properties or ask the administrator for read and write permission; if it is on a write-protected USB stick or disc, copy it to the computer, then start 客服台 again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="814"/>
        <source>存放数据库的文件夹 {folder} 不允许写入：客服台要在数据库旁边写入它的工作文件（-wal、-shm）。请管理员给当前用户这个文件夹的写入权限，或把数据库移到可写入的文件夹并用 --db 指定它，然后重新启动客服台。</source>
        <translation>The folder {folder} that holds the database may not be written to: 客服台 writes its working files (-wal, -shm) beside the database. Ask the administrator for write permission on this folder, or move the database to a folder you may write to and name it with --db, then start 客服台 again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="815"/>
        <source>网络文件系统（{kind}）</source>
        <translation>a network file system ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="816"/>
        <source>数据库文件不见了，但这里有之前使用的数据库的 {count} 份副本。它可能被删除、移走或改名了：如果只是被移走，请把它放回原处后重新启动客服台；否则请恢复最新的已校验备份。</source>
        <translation>The database file is gone, but {count} copies of the database used before are here. It may have been deleted, moved or renamed: if it was only moved, put it back and start 客服台 again; otherwise restore the latest verified backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="819"/>
        <source>数据库文件是指向 {target} 的链接，但那里没有文件（存放它的磁盘、U盘或网络位置可能没有连接）。请连接那个位置后重新启动客服台，或恢复最新的已校验备份。</source>
        <translation>The database file is a link to {target}, but there is no file there (the disk, USB stick or network place holding it may not be connected). Connect that place and start 客服台 again, or restore the latest verified backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="820"/>
        <source>数据库文件已损坏（完整性检查未通过：{problems}）。</source>
        <translation>The database file is damaged (integrity check failed: {problems}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="821"/>
        <source>数据库文件是空的或不是客服台的数据库（可能已被清空或被其他文件覆盖）。</source>
        <translation>The database file is empty or not a 客服台 database (it may have been emptied or overwritten by another file).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="822"/>
        <source>{name} 由更新版本的客服台生成（结构版本 {version}），本程序不能恢复它。请先安装新版本的客服台。</source>
        <translation>{name} was made by a newer 客服台 (schema version {version}); this program cannot restore it. Install the newer 客服台 first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="828"/>
        <source>数据库文件已损坏或不是数据库文件（{error}）。</source>
        <translation>The database file is damaged or not a database file ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="829"/>
        <source>无法读取数据库文件（{error}）。</source>
        <translation>The database file cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="833"/>
        <source>已经 {days} 天没有备份了（上次：{last}，{place}）。请插入U盘，点击 文件 → 备份到U盘/文件夹。</source>
        <translation>No backup for {days} days (last: {last}, {place}). Insert the USB stick and click File → Back up to USB stick/folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="834"/>
        <source>数据库还从未备份到U盘。请插入U盘，点击 文件 → 备份到U盘/文件夹。</source>
        <translation>The database has never been backed up to a USB stick. Insert the USB stick and click File → Back up to USB stick/folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="835"/>
        <source>多出{kind} {name}</source>
        <translation>extra {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="836"/>
        <source>缺少{kind} {name}</source>
        <translation>missing {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="837"/>
        <source>{kind} {name} 的定义不同</source>
        <translation>{kind} {name} is defined differently</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="847"/>
        <source>正在复制 {table}</source>
        <translation>Copying {table}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="896"/>
        <source>第 {number} 号  {swap}</source>
        <translation>No. {number}  {swap}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1033"/>
        <source>该班次已有顶班登记（第 {number} 号）。</source>
        <translation>This shift already has a cover registered (No. {number}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1034"/>
        <source>{name} 在 {day} 已登记{kind}，不能顶班。</source>
        <translation>{name} has {kind} registered on {day} and cannot cover.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1037"/>
        <source>{cover} 顶 {absent} {day}{shift}（{how}）</source>
        <translation>{cover} covers for {absent} on {day} {shift} ({how})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1044"/>
        <source>班长安排</source>
        <translation>arranged by the team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="19"/>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="717"/>
        <source>该号码正在由 {name} 从 Excel 导入（{started:%H:%M} 开始，尚未完成），请在该导入完成后重新检查或登记。</source>
        <translation>This number is being imported from Excel by {name} (started at {started:%H:%M}, not finished yet); check or register it again once that import has finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="909"/>
        <source>目标</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1053"/>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1054"/>
        <source>{name}（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1059"/>
        <location filename="../../desktop/ui/service_text.py" line="65"/>
        <source>请假天数</source>
        <translation>Days of leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1060"/>
        <source>{name} {start}{half} {kind}（{days} 天）</source>
        <translation>{name} {start} {half} {kind} ({days} day(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1061"/>
        <source>{kind}（急）</source>
        <translation>{kind} (urgent)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1062"/>
        <source>请假人不能审批自己的请假。</source>
        <translation>Nobody approves their own leave.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1063"/>
        <source>逐级审批，同一人不能审批两级：这一级须由{value}审批。</source>
        <translation>Approval goes step by step and nobody approves two steps: this step must be approved by {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1064"/>
        <source>尚未在设置中指定客服中心主任：一天以上的请假和公假须由客服中心主任批准。</source>
        <translation>No head of the service centre is set in Settings: leave of more than a day and official leave need their approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1065"/>
        <source>这一级须由客服中心主任 {name} 审批。</source>
        <translation>This level is for the head of the service centre, {name}, to approve.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1066"/>
        <source>只有满一天的病假需要交医疗证明。</source>
        <translation>Only sick leave of a full day or more needs a medical certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1067"/>
        <source>交证明日期不能晚于今天。</source>
        <translation>The certificate date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1068"/>
        <source>{name} {start}–{end}{half} {kind}（{days} 天）</source>
        <translation>{name} {start}–{end} {half} {kind} ({days} days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1069"/>
        <source>这一级须由 {name} 的班长审批。</source>
        <translation>This level is for {name}&apos;s team leader to approve.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1070"/>
        <source>这一级须由客服部主任审批。</source>
        <translation>This level is for the customer service supervisor to approve.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1071"/>
        <source>该请假{value}，不能再审批。</source>
        <translation>This leave is {value} and can no longer be approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1072"/>
        <source>该请假{value}，只能撤回待审批的请假。</source>
        <translation>This leave is {value}; only pending leave can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1073"/>
        <source>只有请假人或登记人可以撤回请假。</source>
        <translation>Only the person on leave or who recorded it can withdraw the leave.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1074"/>
        <source>{level} {decision}（{name}）</source>
        <translation>{level}: {decision} ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1075"/>
        <source>{level} 待审批</source>
        <translation>{level}: pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1076"/>
        <source>未批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1077"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1078"/>
        <source>客服中心主任</source>
        <translation>Head of the service centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1079"/>
        <source>一般{kind}须提前一天提出（{value} 起请假，{value2} 才提出）</source>
        <translation>Ordinary {kind} is asked for a day ahead (leave from {value}, asked on {value2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1080"/>
        <source>依据《客服部请假制度汇编》：{clauses}。</source>
        <translation>Under the Customer Service Leave Rules: {clauses}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1081"/>
        <source>请选择全天、上午或下午。</source>
        <translation>Please choose full day, morning or afternoon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1082"/>
        <source>半天假只能请一天的上午或下午。</source>
        <translation>A half day is the morning or the afternoon of one day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1083"/>
        <source>{kind}必须由本人出面办理，不得由他人代请（病假除外）。</source>
        <translation>{kind} must be asked for in person, not by someone else (except sick leave).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1084"/>
        <source>急诊病假须记录班前电话通知班长的时间。</source>
        <translation>Emergency sick leave records when the team leader was phoned before the shift.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1085"/>
        <source>病假须在班前提出（{value} 起不上班，{value2} 才提出）</source>
        <translation>Sick leave is asked for before the shift (off from {value}, asked on {value2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1086"/>
        <source>特殊事假须在班前一小时提出（{value} 起不上班，{value2} 才提出）</source>
        <translation>Special personal leave is asked for an hour before the shift (off from {value}, asked on {value2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1087"/>
        <source>与已登记的请假重叠（{value}–{value2} {kind}）。</source>
        <translation>It overlaps leave already recorded ({value}–{value2} {kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1088"/>
        <source>{name} 在 {day} 有换班（第 {number} 号，{state}），换班和还班均不得请假，否则按旷工处理。</source>
        <translation>{name} has a swap on {day} (No. {number}, {state}); no leave may be taken on a swap or return shift, otherwise it counts as absence without leave.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1089"/>
        <source>{value} {shift}：夜班原则上不允许请假，特殊情况须在 {value2} 之前提出（现在 {value3}）。</source>
        <translation>{value} {shift}: no leave on a night shift as a rule; in special cases ask before {value2} (now {value3}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1090"/>
        <source>{day} 是法定节假日，节假日不允许请假，极特殊情况须提前{notice}天提出（{latest} 或更早）。</source>
        <translation>{day} is a public holiday: no leave on holidays; in very special cases ask {notice} days ahead ({latest} or earlier).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1091"/>
        <source>请选择请假人。</source>
        <translation>Please choose who takes leave.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1092"/>
        <source>事假</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1093"/>
        <source>病假</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1094"/>
        <source>公假</source>
        <translation>Official leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1095"/>
        <source>年假</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1096"/>
        <source>婚假</source>
        <translation>Marriage leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1097"/>
        <source>丧假</source>
        <translation>Bereavement leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1098"/>
        <source>上午</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1099"/>
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1100"/>
        <source>事假必须由本人出面办理，病假除外</source>
        <translation>personal leave is asked for in person (sick leave excepted)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1101"/>
        <source>急诊必须在班前电话通知班长</source>
        <translation>an emergency is phoned to the team leader before the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1102"/>
        <source>夜班请假须在当日十二点之前提出</source>
        <translation>leave from a night shift is asked for before noon that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1103"/>
        <source>节假日请假须提前二天提出</source>
        <translation>leave on a public holiday is asked for two days ahead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1104"/>
        <source>一般事假须提前一天、特殊事假须班前一小时提出，否则经批准方可生效</source>
        <translation>ordinary personal leave a day ahead, special personal leave an hour before the shift, otherwise only with approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1105"/>
        <source>逐级办理，一天由客服部主任批准，一天以上由客服中心主任批准</source>
        <translation>step by step: a day is approved by the head of Customer Service, more than a day by the head of the service centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1106"/>
        <source>病假满一天须持医疗单位证明</source>
        <translation>sick leave of a full day needs a medical certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1107"/>
        <source>公假须经客服中心主任批准</source>
        <translation>official leave is approved by the head of the service centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1108"/>
        <source>请填写工号。</source>
        <translation>Please enter the staff number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1109"/>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1110"/>
        <source>请选择岗位/工种。</source>
        <translation>Please choose the job.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1111"/>
        <source>请选择技能等级。</source>
        <translation>Please choose the skill level.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1112"/>
        <source>请选择角色。</source>
        <translation>Please choose the role.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1113"/>
        <source>有登录名的员工需要设置密码。</source>
        <translation>Staff with a login need a password.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1114"/>
        <source>登录名 {login} 已被使用。</source>
        <translation>The login {login} is already in use.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1115"/>
        <source>{person} 的角色（{value}）高于您，您不能修改或停用这个账号。</source>
        <translation>{person}&apos;s role ({value}) is above yours; you cannot change or deactivate this account.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1116"/>
        <source>不能授予高于您自己的角色（{value}）。</source>
        <translation>You cannot grant a role above your own ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1117"/>
        <source>不能修改自己的角色或停用自己的账号。</source>
        <translation>You cannot change your own role or deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1118"/>
        <source>不能停用自己的账号。</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1119"/>
        <source>上班和下班时间不能相同。</source>
        <translation>The start and end times cannot be the same.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1120"/>
        <source>{name} {start:%H:%M}–次日{end:%H:%M}</source>
        <translation>{name} {start:%H:%M}–{end:%H:%M} next day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1121"/>
        <source>工号 {value} 已被使用。</source>
        <translation>The staff number {value} is already in use.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1122"/>
        <source>{leader} 的角色不是班长，不能担任班组班长。</source>
        <translation>{leader} is not a team leader and cannot lead a team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1123"/>
        <source>班组 {name} 已存在。</source>
        <translation>Team {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1124"/>
        <source>时间格式应为 时:分，例如 08:00。</source>
        <translation>Write the time as hours:minutes, e.g. 08:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1125"/>
        <source>班次 {name} 已存在。</source>
        <translation>Shift {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1126"/>
        <source>客服专员</source>
        <translation>Service agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1127"/>
        <source>质检员</source>
        <translation>Quality inspector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1128"/>
        <source>回访员</source>
        <translation>Callback agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1129"/>
        <source>初级工</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1130"/>
        <source>中级工</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1131"/>
        <source>高级工</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1132"/>
        <source>早班</source>
        <translation>Early shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1133"/>
        <source>中班</source>
        <translation>Middle shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1134"/>
        <source>白班</source>
        <translation>Day shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1135"/>
        <source>晚班</source>
        <translation>Evening shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1136"/>
        <source>请填写服务质量分析。</source>
        <translation>Please write the service quality analysis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1137"/>
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1138"/>
        <source>还剩 {left} 天</source>
        <translation>{left} days left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1139"/>
        <source>应于 {due:%m月%d日} 前交主任，{when}</source>
        <translation>To be handed to the supervisor by {due:%d %b}, {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1140"/>
        <source>服务质量分析报告由各班组的班长撰写；您不属于任何班组。</source>
        <translation>Service quality reports are written by each team&apos;s leader; you belong to no team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1141"/>
        <source>{year}年{month}月还没有结束，月底之后才能撰写该月的报告。</source>
        <translation>{month}/{year} has not ended yet; its report can be written after the month&apos;s end.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1142"/>
        <source>班长只能查看本班组的服务质量分析报告。</source>
        <translation>A team leader sees only their own team&apos;s service quality reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1143"/>
        <source>{at:%m-%d} 已交</source>
        <translation>handed in {at:%m-%d}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1144"/>
        <source>应于 {due:%m月%d日} 前交主任，已逾期 {late} 天</source>
        <translation>Was due to the supervisor by {due:%d %b}, {late} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1145"/>
        <source>{year}年{month}月的报告已于 {at:%m-%d} 交主任，不能再修改。</source>
        <translation>The report of {month}/{year} was handed to the supervisor on {at:%m-%d} and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1146"/>
        <source>只有本班组的班长可以提交本班组的报告。</source>
        <translation>Only the team&apos;s own leader may hand in its report.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1147"/>
        <source>该报告已于 {at:%m-%d %H:%M} 交主任。</source>
        <translation>This report was handed to the supervisor at {at:%m-%d %H:%M}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1148"/>
        <source>{at:%m-%d} 已交，逾期 {late} 天</source>
        <translation>handed in {at:%m-%d}, {late} days late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1149"/>
        <source>{day:%m月%d日} 的班次不存在。</source>
        <translation>The shift of {day:%m-%d} does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1150"/>
        <source>替班（第 {number} 号）</source>
        <translation>Substitute (swap no. {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1151"/>
        <source>还班（第 {number} 号）</source>
        <translation>Return (swap no. {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1152"/>
        <source>换出（第 {number} 号）</source>
        <translation>Swapped out (swap no. {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1153"/>
        <source>顶班（顶班登记第 {number} 号）</source>
        <translation>Covering (cover no. {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1154"/>
        <source>被顶班（顶班登记第 {number} 号）</source>
        <translation>Covered (cover no. {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1155"/>
        <source>请假：{kind}</source>
        <translation>Leave: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1156"/>
        <source>{numeral}、{words}</source>
        <translation>({number}) {words}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1157"/>
        <source>投诉 {number} {complainant}：{category}（{status}）</source>
        <translation>Complaint {number} {complainant}: {category} ({status})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1158"/>
        <source>跟进 匿名来电（{staff}，{state}）</source>
        <translation>Follow-up of an anonymous call ({staff}, {state})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1159"/>
        <source>交接日志由 {day}{shift} 的当班人员或班长填写。</source>
        <translation>The handover log is written by those on {day} {shift} or a team leader.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1160"/>
        <source>请选择交班的班次。</source>
        <translation>Please choose the shift being handed over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1161"/>
        <source>请填写设备情况（正常也请写明“正常”）。</source>
        <translation>Please describe the equipment (if all is well, write “normal”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1162"/>
        <source>只有 {day}{shift} 的当班人员或班长可以确认接班。</source>
        <translation>Only those on {day} {shift} or a team leader may acknowledge the handover.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1163"/>
        <source>{day}{shift}</source>
        <translation>{day} {shift}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1166"/>
        <source>已跟进</source>
        <translation>followed up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1167"/>
        <source>{day} 到期</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1168"/>
        <source>跟进 {number} {name}（{staff}，{state}）</source>
        <translation>Follow-up {number} {name} ({staff}, {state})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1169"/>
        <source>一次交接最多 {limit} 个疑难问题。</source>
        <translation>At most {limit} difficult issues in one handover.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1170"/>
        <source>自行填写的疑难问题须有说明。</source>
        <translation>A difficult issue written in needs a description.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1171"/>
        <source>所选的投诉或跟进已不存在，请重新选择。</source>
        <translation>The chosen complaint or follow-up no longer exists; please choose again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1172"/>
        <source>交班人不能自己确认接班，须由接班人确认。</source>
        <translation>The person handing over cannot acknowledge it; the incoming shift does.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1174"/>
        <source>{day}{shift}还没有开始，不能交班。</source>
        <translation>{day} {shift} has not started yet and cannot be handed over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1175"/>
        <source>疑难问题说明{problem}</source>
        <translation>Difficult issue description: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1176"/>
        <source>{day}{shift}已有交接日志；如有错误请作废后重新填写。</source>
        <translation>{day} {shift} already has a handover log; if it is wrong, void it and write it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1177"/>
        <source>该交接日志已作废。</source>
        <translation>This handover log has been voided.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1178"/>
        <source>{name} 已于 {at:%m-%d %H:%M} 确认接班。</source>
        <translation>{name} acknowledged it at {at:%m-%d %H:%M}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1184"/>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1185"/>
        <source>接班：{state}&#x3000;{remark}</source>
        <translation>Taken over: {state}  {remark}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1186"/>
        <source>接班：{state}</source>
        <translation>Taken over: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1187"/>
        <source>换班日</source>
        <translation>swap day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1188"/>
        <source>还班日</source>
        <translation>return day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1189"/>
        <source>依据《客服部换班制度》：{clauses}。</source>
        <translation>Under the Customer Service Shift Swap Rules: {clauses}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1190"/>
        <source>替班人不能是申请人本人。</source>
        <translation>The substitute cannot be the applicant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1191"/>
        <source>还班日期须在换班日期之后。</source>
        <translation>The return date must be after the swap date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1192"/>
        <source>{value} {name} 已经开始或已过去，不能再换班。</source>
        <translation>{value} {name} has started or is over and can no longer be swapped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1193"/>
        <source>{name} 在 {day}（{role}）已排{shift}，每人每天只能上一个班次。</source>
        <translation>{name} is already on {shift} on {day} ({role}); one shift a person a day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1194"/>
        <source>{value} 所在班组没有班长，换班须经双方班长同意。</source>
        <translation>The team of {value} has no team leader; a swap needs both team leaders&apos; consent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1195"/>
        <source>{name} 在 {year}年{month}月 已有 {count} 次换班，每人每月换班不得超过 {limit} 次（申请和替班都计入）。</source>
        <translation>{name} already has {count} swaps in {month}/{year}; at most {limit} swaps a person a month (as applicant or substitute).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1196"/>
        <source>工种不同：{a} 是{job_type}，{b} 是{job_type2}，{act}须同工种。</source>
        <translation>Different jobs: {a} is {job_type}, {b} is {job_type2}; {act} needs the same job.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1197"/>
        <source>{name} 在 {day}（{role}）已登记{kind}，换班和还班均不得请假。</source>
        <translation>{name} has {kind} recorded on {day} ({role}); no leave on a swap or return day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1198"/>
        <source>{day}（{role}）</source>
        <translation>{day} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1199"/>
        <source>{value}是法定节假日，节假日当班人员不允许换班。</source>
        <translation>{value} is a public holiday: people on duty on a holiday may not swap.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1200"/>
        <source>请填写交接事项：换班双方必须交待清楚。</source>
        <translation>Please enter the hand-over: both parties hand over clearly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1201"/>
        <source>每人每月换班不得超过{limit}次</source>
        <translation>no one swaps more than {limit} times a month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1202"/>
        <source>技术水平相差过大：{a} 为{skill_level}，{b} 为{skill_level2}，{act}须技术业务水平相当。</source>
        <translation>Skill levels too far apart: {a} is {skill_level}, {b} is {skill_level2}; {act} needs comparable skills.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1203"/>
        <source>排班表上 {name} 在 {day} 没有{shift}（排班已变化）。</source>
        <translation>On the roster {name} has no {shift} on {day} (the roster has changed).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1204"/>
        <source>换班后 {name} 的 {day} {shift}与 {day2} {shift2}之间休息不足 {hours} 小时，不允许连班。</source>
        <translation>After the swap {name} would rest less than {hours} hours between {day} {shift} and {day2} {shift2}; back-to-back shifts are not allowed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1205"/>
        <source>请选择申请人。</source>
        <translation>Please choose the applicant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1206"/>
        <source>请选择替班人。</source>
        <translation>Please choose the substitute.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1207"/>
        <source>请从申请人的排班中选择要换出的班次。</source>
        <translation>Please choose the applicant&apos;s shift to swap from their roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1208"/>
        <source>请从替班人的排班中选择还班班次。</source>
        <translation>Please choose the return shift from the substitute&apos;s roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1209"/>
        <source>{name} 在 {day} 已有换班（第 {number} 号），不允许连续换班。</source>
        <translation>{name} already has a swap on {day} (no. {number}); consecutive swaps are not allowed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1210"/>
        <source>换班须经双方班长同意</source>
        <translation>a swap needs both team leaders&apos; agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1211"/>
        <source>不允许连续换班</source>
        <translation>no consecutive swaps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1212"/>
        <source>换班者、还班者不允许连班</source>
        <translation>neither side works two shifts back to back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1213"/>
        <source>须同工种</source>
        <translation>the same job type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1214"/>
        <source>技术业务水平相当</source>
        <translation>comparable skill</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1215"/>
        <source>换班和还班均不得请假</source>
        <translation>no leave on a swap or return shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1216"/>
        <source>节假日当班人员不允许换班</source>
        <translation>no swaps for those on duty on a public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1217"/>
        <source>换班双方必须交待清楚，交代不清造成误班、空班的按旷工处理</source>
        <translation>both sides hand over clearly; a missed or empty shift from an unclear hand-over counts as absence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1218"/>
        <source>申请人班长：{applicant}；替班人班长：{substitute}</source>
        <translation>Applicant&apos;s team leader: {applicant}; substitute&apos;s team leader: {substitute}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1219"/>
        <source>{applicant} {day}{shift} ⇄ {substitute} {day2}{shift2}</source>
        <translation>{applicant} {day} {shift} ⇄ {substitute} {day2} {shift2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1220"/>
        <source>该换班{value}，不能再审批。</source>
        <translation>This swap is {value} and can no longer be approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1221"/>
        <source>您是该换班的当事人，不能审批自己的换班，须由{value}审批。</source>
        <translation>You are a party to this swap and cannot approve it; it must be approved by {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1222"/>
        <source>您不是 {names} 的班长，班长只能审批本班组成员的换班。</source>
        <translation>You are not the team leader of {names}; a team leader approves only their own team&apos;s swaps.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1223"/>
        <source>您已经审批过该换班，正在等待另一方班长。</source>
        <translation>You have approved this swap already; it waits for the other team leader.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1224"/>
        <source>{decision}（{leader}）</source>
        <translation>{decision} ({leader})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1225"/>
        <source>该换班{value}，只能撤销待审批的换班。</source>
        <translation>This swap is {value}; only a pending swap can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1226"/>
        <source>只有申请人、登记人或主任可以撤销换班。</source>
        <translation>Only the applicant, the person who recorded it or a supervisor can withdraw a swap.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1227"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1228"/>
        <source>同意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1229"/>
        <source>不同意</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1230"/>
        <source>{name} {shifts} 连续工作 {hours} 小时，中间没有至少 {rest} 小时的休息（每人连续工作不得超过 8 小时）。</source>
        <translation>{name} would work {shifts} for {hours} hours in a row without a rest of at least {rest} hours (nobody works more than 8 hours in a row).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/service_messages.py" line="1231"/>
        <source>不能超过 {limit} 个字。</source>
        <translation>At most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <location filename="../../desktop/single_instance.py" line="96"/>
        <source>客服台</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/single_instance.py" line="96"/>
        <source>客服台已经打开了这个数据库（%1），但它没有回应。
请在任务栏中找到客服台的窗口；如果找不到，请注销后重新登录电脑再打开。</source>
        <translation>Service Desk already has this database open (%1) but does not respond.
Look for the Service Desk window in the taskbar; if you cannot find it, log out of the computer, log in again and start it again.</translation>
    </message>
</context>
</TS>
