<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../ui/actions.py" line="21" />
        <source>Not connected yet: arrives with the jobs API</source>
        <translation>尚未接入：随任务 API 提供</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77" />
        <source>Needs the {role} role.</source>
        <translation>需要 {role} 角色。</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <location filename="../../ui/acting.py" line="33" />
        <source>{where}{cause}
Do this: {remedy}</source>
        <translation>{where}{cause}
处理方法：{remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="34" />
        <source>the cloud refused the request ({code}: {message})
Do this: check the name and version, then try again; if it keeps failing, call the line engineer.</source>
        <translation>云拒绝了请求（{code}：{message}）
处理方法：检查名称和版本后重试；如仍失败，请联系产线工程师。</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="36" />
        <source>the cloud could not be reached ({error})
Do this: check the network, then try again.</source>
        <translation>无法连接到云（{error}）
处理方法：检查网络后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="38" />
        <source>unexpected error {kind}: {error}
Do this: report it with the log file to the developers.</source>
        <translation>意外错误 {kind}：{error}
处理方法：将此问题连同日志文件报告给开发人员。</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="40" />
        <source>{action} refused: it needs the {role} role (unlocked now: {current}).</source>
        <translation>{action} 被拒绝：需要 {role} 角色（当前已解锁：{current}）。</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="41" />
        <source>{action} not done: the station is not connected to the cloud yet.</source>
        <translation>{action} 未执行：工作站尚未连接到云。</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="42" />
        <source>{action} not started: another action is still running; wait for it.</source>
        <translation>{action} 未开始：另一个操作仍在进行，请等待。</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="43" />
        <source>{action} not done: not confirmed.</source>
        <translation>{action} 未执行：未确认。</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="44" />
        <source>… {action} {target}: working</source>
        <translation>… {action} {target}：处理中</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="45" />
        <source>… {action} {target}: waiting for AWS ({why}; {op} again in {delay} s)</source>
        <translation>… {action} {target}：等待 AWS（{why}；{delay} 秒后重试 {op}）</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="46" />
        <source>{action} failed: {error}</source>
        <translation>{action} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="216" />
        <source>done</source>
        <extracomment>The same in English, for the audit trail ("" = ``text``, e.g. a view's own words).</extracomment>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../ui/confirm.py" line="43" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/confirm.py" line="44" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="56" />
        <source>Units per hour</source>
        <translation>每小时设备数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="57" />
        <source>units</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="58" />
        <source>hour of the shift (start)</source>
        <translation>班次小时（开始）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="85" />
        <source>Cycle time</source>
        <translation>节拍时间</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="86" />
        <source>steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="87" />
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="128" />
        <source>Failures by cause</source>
        <translation>按原因统计的失败</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129" />
        <source>failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="130" />
        <source>cause (rank, see the table)</source>
        <translation>原因（排名，见表格）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="131" />
        <source>cumulative %</source>
        <translation>累计 %</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="194" />
        <source>Shift:</source>
        <extracomment>Shift choices: hours back from now, or 0 = this station run. Seconds between refreshes while nothing finishes (a finished unit refreshes at once).</extracomment>
        <translation>班次：</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 8 hours</source>
        <translation>最近 8 小时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 12 hours</source>
        <translation>最近 12 小时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="196" />
        <source>This station run</source>
        <translation>本次工作站运行</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="199" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="200" />
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="201" />
        <source>Save the shift report as HTML or PDF</source>
        <translation>将班次报告保存为 HTML 或 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <source>First-pass yield</source>
        <translation>一次通过率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="203" />
        <source>Slots that keep failing</source>
        <translation>反复失败的工位</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="206" />
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="207" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Failures by cause</source>
        <translation>按原因统计的失败</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="358" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="209" />
        <location filename="../../ui/dashboard/view.py" line="219" />
        <location filename="../../ui/dashboard/view.py" line="361" />
        <source>Failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="209" />
        <location filename="../../ui/dashboard/view.py" line="361" />
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="210" />
        <location filename="../../ui/dashboard/view.py" line="362" />
        <source>Slot health</source>
        <translation>工位健康状况</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <source>Failures in a row</source>
        <translation>连续失败次数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="271" />
        <source>Could not read the records: {error}</source>
        <translation>无法读取记录：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="270" />
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="307" />
        <location filename="../../ui/dashboard/view.py" line="349" />
        <source>Keeps failing</source>
        <translation>反复失败</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="307" />
        <location filename="../../ui/dashboard/view.py" line="349" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="311" />
        <source>A slot keeps failing when its last {streak} units failed and they were not all the same board, or when at least {rate} % of its {attempts} or more units failed.</source>
        <translation>当一个工位最近 {streak} 台设备均失败且不全是同一块板卡，或其 {attempts} 台及以上设备中至少 {rate} % 失败时，视为反复失败。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="330" />
        <source>No finished steps in this shift yet.</source>
        <translation>本班次尚无已完成的步骤。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="332" />
        <source>{count} steps, median {median:.1f} s, mean {mean:.1f} s</source>
        <translation>{count} 个步骤，中位数 {median:.1f} 秒，平均 {mean:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="343" />
        <source>Interrupted (board pulled, station stopped)</source>
        <translation>已中断（板卡被拔出，工作站已停止）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="352" />
        <source>Shift report {station}</source>
        <translation>班次报告 {station}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="353" />
        <source>Units finished from {since} to {until}</source>
        <translation>{since} 至 {until} 完成的设备</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Units per hour</source>
        <translation>每小时设备数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Hour from</source>
        <translation>起始小时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Cycle time per step</source>
        <translation>各步骤节拍时间</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Median (s)</source>
        <translation>中位数（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="359" />
        <source>Mean (s)</source>
        <translation>平均（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="374" />
        <source>Export the shift report</source>
        <translation>导出班次报告</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="375" />
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="273" />
        <source>Could not export the report: {error}</source>
        <translation>无法导出报告：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="272" />
        <source>Report saved: {path}</source>
        <translation>报告已保存：{path}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/operator/detail.py" line="120" />
        <source>Cloud identity</source>
        <translation>云身份</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="121" />
        <source>Thing name</source>
        <translation>事物名称</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="121" />
        <source>Certificate id</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="122" />
        <source>Thing group</source>
        <translation>事物组</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="122" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="124" />
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="125" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="127" />
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="128" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="154" />
        <source>Printed once the unit is ready</source>
        <translation>设备就绪后打印</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="155" />
        <source>Printed once the unit passes</source>
        <translation>设备通过后打印</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="157" />
        <source>Reprint: {status}</source>
        <translation>重新打印：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="166" />
        <source>Select a slot to see its details</source>
        <translation>选择一个工位以查看详情</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="175" />
        <source>serial not read yet</source>
        <translation>尚未读取序列号</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="176" />
        <source>Unit {unit}: {serial} — {result}</source>
        <translation>设备 {unit}：{serial} — {result}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="186" />
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="188" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="188" />
        <source>running…</source>
        <translation>进行中…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="198" />
        <source>Waiting for the first job update</source>
        <translation>等待第一次任务更新</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="199" />
        <source>No job activity: this station passes units once registered</source>
        <translation>无任务活动：本工作站在设备注册后即判定通过</translation>
    </message>
</context>
<context>
    <name>EngineerView</name>
    <message>
        <location filename="../../ui/engineer/view.py" line="47" />
        <location filename="../../ui/engineer/view.py" line="172" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Kind</source>
        <extracomment>The catalog table's columns (translated at use: EngineerView.retranslate).</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="47" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="48" />
        <location filename="../../ui/engineer/view.py" line="172" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="48" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="49" />
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="50" />
        <location filename="../../ui/engineer/view.py" line="188" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="52" />
        <source>firmware</source>
        <extracomment>The catalog's kinds (data) and their words.</extracomment>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="53" />
        <source>config</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="101" />
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="102" />
        <source>PROBLEM</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="103" />
        <location filename="../../ui/engineer/view.py" line="169" />
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="108" />
        <source>do this: {remedy}</source>
        <translation>处理方法：{remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="158" />
        <source>Station profile (read-only)</source>
        <translation>工作站配置文件（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="162" />
        <source>Cloud connection</source>
        <translation>云连接</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="163" />
        <source>Check connection</source>
        <translation>检查连接</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="170" />
        <source>Release firmware or configuration to a group</source>
        <translation>向组发布固件或配置</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="171" />
        <source>version from the catalog</source>
        <translation>目录中的版本</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="172" />
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="175" />
        <source>Release…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="176" />
        <source>New continuous job for the group; the old one is cancelled</source>
        <translation>为该组创建新的持续任务；旧任务将被取消</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="180" />
        <source>Upload to the catalog</source>
        <translation>上传到目录</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="181" />
        <source>new version, e.g. 1.4.2</source>
        <translation>新版本，例如 1.4.2</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="182" />
        <source>release notes (optional, at most 1024 characters)</source>
        <translation>发布说明（可选，最多 1024 个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="183" />
        <source>firmware image (.bin) or configuration (.json)</source>
        <translation>固件映像（.bin）或配置（.json）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="184" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="185" />
        <source>Replace an existing version</source>
        <translation>替换现有版本</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="186" />
        <source>Only if no unit can have received the old content yet (confirmed)</source>
        <translation>仅当尚无设备可能收到旧内容时使用（需确认）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="188" />
        <location filename="../../ui/engineer/view.py" line="218" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="190" />
        <source>Upload to catalog</source>
        <translation>上传到目录</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="191" />
        <source>Add a firmware image or configuration version</source>
        <translation>添加固件映像或配置版本</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="192" />
        <source>Firmware and configuration catalog</source>
        <translation>固件和配置目录</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="194" />
        <source>Not loaded.</source>
        <translation>未加载。</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="195" />
        <source>Refresh catalog</source>
        <translation>刷新目录</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="212" />
        <source>embedded local cloud</source>
        <translation>内置本地云</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="213" />
        <source>AWS, profile {profile}, region {region}</source>
        <translation>AWS，配置文件 {profile}，区域 {region}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="214" />
        <source>(default chain)</source>
        <translation>（默认凭证链）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>rev</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="218" />
        <source>packaged demo profile</source>
        <translation>内置演示配置文件</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="220" />
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="220" />
        <source>{station}, batch {batch}</source>
        <translation>{station}，批次 {batch}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="222" />
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="223" />
        <source>In parallel</source>
        <translation>并行数</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="224" />
        <source>Thing names</source>
        <translation>事物名称</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="225" />
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="226" />
        <source>Device policy</source>
        <translation>设备策略</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="226" />
        <source>{policy} (attached to the {target})</source>
        <translation>{policy}（附加到 {target}）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="228" />
        <source>Unit passes when</source>
        <translation>设备通过条件</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="229" />
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="233" />
        <source>Models</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="238" />
        <source>registered (certificate written and verified)</source>
        <translation>已注册（证书已写入并验证）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="239" />
        <source>ready (every current job of its group succeeded)</source>
        <translation>就绪（其组的所有当前任务均已成功）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="242" />
        <source>{until}; profile says {profile}</source>
        <translation>{until}；配置文件为 {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="363" />
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="370" />
        <source>the check failed: {error}</source>
        <translation>检查失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="376" />
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="377" />
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="378" />
        <source>{n} problems</source>
        <translation>{n} 个问题</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="379" />
        <source>could not check</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="389" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="398" />
        <source>Catalog not available: {cause}</source>
        <translation>目录不可用：{cause}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="404" />
        <source>1 entry in {where}</source>
        <translation>{where} 中有 1 个条目</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="405" />
        <source>{n} entries in {where}</source>
        <translation>{where} 中有 {n} 个条目</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="431" />
        <source>Firmware image or configuration</source>
        <translation>固件映像或配置</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="433" />
        <source>Firmware images (*.bin *.img *.hex)</source>
        <translation>固件映像 (*.bin *.img *.hex)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="433" />
        <source>Configurations (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="434" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="447" />
        <source>Upload: choose a file and type the version first.</source>
        <translation>上传：请先选择文件并输入版本。</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="458" />
        <source>REPLACE {kind} {model} {version} in the catalog? Units that already received it keep the old content.</source>
        <translation>要替换目录中的 {kind} {model} {version} 吗？已收到该版本的设备保留旧内容。</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="460" />
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="461" />
        <source>{kind} {model} {version} is in the catalog ({size} B, sha256 {sha}…)</source>
        <translation>{kind} {model} {version} 已在目录中（{size} B，sha256 {sha}…）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="475" />
        <source>Release: choose the group and the version first.</source>
        <translation>发布：请先选择组和版本。</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="481" />
        <source>{kind} {model} {version} released to {group}: new continuous job {job}</source>
        <translation>{kind} {model} {version} 已发布到组 {group}：新的持续任务 {job}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="484" />
        <source>{kind} {model} {version} was already the release of {group} (job {job})</source>
        <translation>{kind} {model} {version} 已是组 {group} 的发布版本（任务 {job}）</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="486" />
        <source>; canceled {jobs}</source>
        <translation>；已取消 {jobs}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="487" />
        <source>; nothing to cancel</source>
        <translation>；无需取消</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="492" />
        <source>Release {kind} {version} to every unit of group {group}? Its current {kind} job is cancelled (queued units get the new version; running installs finish).</source>
        <translation>要将 {kind} {version} 发布给组 {group} 的所有设备吗？该组当前的 {kind} 任务将被取消（排队中的设备获得新版本；正在进行的安装会完成）。</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="495" />
        <source>Release {version}</source>
        <translation>发布 {version}</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/labels/preview.py" line="34" />
        <source>Preview of the unit's label, drawn from the profile's label template</source>
        <extracomment>What is drawn: the profile's fields filled with the unit's data (the printer gets the same).</extracomment>
        <translation>设备标签预览，按配置文件中的标签模板绘制</translation>
    </message>
    <message>
        <location filename="../../ui/labels/preview.py" line="35" />
        <source>Label preview</source>
        <translation>标签预览</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../ui/language.py" line="48" />
        <source>Language of this window</source>
        <extracomment>Where the window's settings keep the language chosen on this PC (read by choose_language's ``remembered``).</extracomment>
        <translation>此窗口的语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Shift</source>
        <extracomment>The window's own key: full screen on and off (the operator view's keys are in ui.operator.view.KEYS).</extracomment>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Provisioning station {version} — {cloud}</source>
        <translation>配置烧录工作站 {version} — {cloud}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Full screen on or off</source>
        <translation>开启或关闭全屏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>Full screen on or off ({key})</source>
        <translation>开启或关闭全屏（{key}）</translation>
    </message>
</context>
<context>
    <name>OperatorView</name>
    <message>
        <location filename="../../ui/operator/view.py" line="63" />
        <source>Scan: put the cursor in the scan field</source>
        <extracomment>Slots brought up to date (or created) per flush. A flush of all 64 at once (they start and finish together) took longer than a frame, and painting them all in one go too: the rest follow one frame later. New slot widgets per flush: creating and first showing (styling) one costs milliseconds, so 64 boards plugged at once join the wall a few per frame. Below this width (logical px) the detail panel is folded away and the wall takes the whole width; the Details button (F4) unfolds it. A 1366- or 1440-px line PC needs every pixel for 32 or 64 tiles. The operator's keys: one place, for the shortcuts, their tooltips and docs/gui.md ("Keyboard"). What the keys do, for their tooltips and the window's action list (translated where shown).</extracomment>
        <translation>扫描：将光标置于扫描框</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="64" />
        <location filename="../../ui/operator/view.py" line="321" />
        <source>Show or hide the detail panel</source>
        <translation>显示或隐藏详情面板</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="65" />
        <location filename="../../ui/operator/view.py" line="316" />
        <source>Start every plugged board that is waiting or failed</source>
        <translation>启动所有已插入且在等待或失败的板卡</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="66" />
        <source>Start or retry the selected slot</source>
        <translation>启动或重试所选工位</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="67" />
        <source>Clear the selected slot's result (remove an empty slot)</source>
        <translation>清除所选工位的结果（移除空工位）</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="68" />
        <source>Select the next failed slot and acknowledge it</source>
        <translation>选择下一个失败的工位并确认</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="69" />
        <source>Select the next slot</source>
        <translation>选择下一个工位</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="70" />
        <source>Select the previous slot</source>
        <translation>选择上一个工位</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="76" />
        <source>{text} ({key})</source>
        <translation>{text}（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="299" />
        <source>Scan label</source>
        <translation>扫描标签</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="300" />
        <source>scan a board's barcode (or type the serial and press Enter)</source>
        <translation>扫描板卡条码（或输入序列号后按回车）</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="301" />
        <source>Scan a label here</source>
        <translation>在此扫描标签</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="302" />
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="303" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="304" />
        <source>waiting for cloud</source>
        <translation>等待云</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="305" />
        <source>Units provisioned while the cloud could not be reached: complete on the board and recorded; the station confirms each with AWS once it is back.</source>
        <translation>云不可达期间配置的设备：已在板卡上完成并已记录；云恢复后，工作站会逐一向 AWS 确认。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="308" />
        <source>units / hour</source>
        <translation>设备 / 小时</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="310" />
        <source>Units finished (passed or failed) over the last {minutes} minutes, per hour. Shown once at least 3 units finished and 2 minutes passed, or the whole {minutes} minutes did.</source>
        <translation>过去 {minutes} 分钟内完成（通过或失败）的设备数，按每小时计。至少完成 3 台设备且已过 2 分钟，或已满 {minutes} 分钟后显示。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="312" />
        <source>Start on plug-in</source>
        <translation>插入即启动</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="314" />
        <source>Start each board as soon as it is plugged in; off: press Start all or Start</source>
        <translation>每块板卡插入后立即启动；关闭时：按“全部启动”或“启动”</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="315" />
        <source>Start all</source>
        <translation>全部启动</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="318" />
        <source>Remove empty</source>
        <translation>移除空工位</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="319" />
        <source>Take slots of removed boards off the wall</source>
        <translation>从看板上移除已拔出板卡的工位</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="320" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="322" />
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="434" />
        <source>1 port without a board driver, left alone: {ports} (re-plug a device to try again)</source>
        <translation>1 个端口没有板卡驱动，已忽略：{ports}（重新插入设备可再试）</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="436" />
        <source>{n} port(s) without a board driver, left alone: {ports} (re-plug a device to try again)</source>
        <translation>{n} 个端口没有板卡驱动，已忽略：{ports}（重新插入设备可再试）</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="463" />
        <source>Connecting to the cloud ({cloud})…</source>
        <translation>正在连接云（{cloud}）…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="468" />
        <source>The station cannot run: {cause}
Do this: {remedy}</source>
        <translation>工作站无法运行：{cause}
处理方法：{remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="471" />
        <source>Station stopped.</source>
        <translation>工作站已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="485" />
        <source>{cloud} · checking…</source>
        <translation>{cloud} · 检查中…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="495" />
        <source>No unit starts: the cloud cannot be used ({indicator}).</source>
        <translation>设备不会启动：云不可用（{indicator}）。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="500" />
        <source>Do this: {remedy}</source>
        <translation>处理方法：{remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="502" />
        <source>The station checks again by itself every {seconds} s, or press Check again.</source>
        <translation>工作站每 {seconds} 秒自动重新检查，也可按“重新检查”。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="534" />
        <source>The cloud cannot be used yet: see the red banner.</source>
        <translation>云暂不可用：请查看红色横幅。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="537" />
        <source>That board is no longer plugged in.</source>
        <translation>该板卡已不再插入。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="556" />
        <location filename="../../ui/operator/view.py" line="562" />
        <source>Select a slot first (PgDown, PgUp or F9).</source>
        <translation>请先选择一个工位（PgDown、PgUp 或 F9）。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="573" />
        <source>No failed slot.</source>
        <translation>没有失败的工位。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="656" />
        <source>⚠ {serial}: {reason}</source>
        <translation>⚠ {serial}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="663" />
        <source>{serial} → unit {unit} ({port}), waiting for the board's serial</source>
        <translation>{serial} → 设备 {unit}（{port}），等待板卡的序列号</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="665" />
        <source>✔ {serial} → unit {unit} ({port}): matches the board</source>
        <translation>✔ {serial} → 设备 {unit}（{port}）：与板卡一致</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="666" />
        <source>⚠ {serial} → unit {unit} ({port}): DOES NOT MATCH the board ({reported})</source>
        <translation>⚠ {serial} → 设备 {unit}（{port}）：与板卡不一致（{reported}）</translation>
    </message>
</context>
<context>
    <name>QAView</name>
    <message>
        <location filename="../../ui/qa/view.py" line="55" />
        <source>Job</source>
        <extracomment>The job history's columns and the identity form's captions (translated at use: QAView.retranslate).</extracomment>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="55" />
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="56" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="56" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="57" />
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="57" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="59" />
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="59" />
        <source>Model / revision</source>
        <translation>型号 / 版本</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="60" />
        <location filename="../../ui/qa/view.py" line="227" />
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="60" />
        <location filename="../../ui/qa/view.py" line="220" />
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="61" />
        <source>Thing name</source>
        <translation>事物名称</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="61" />
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="62" />
        <source>Thing groups</source>
        <translation>事物组</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="62" />
        <source>Station / batch</source>
        <translation>工作站 / 批次</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="63" />
        <source>Records here</source>
        <translation>本机记录</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="66" />
        <source>firmware install</source>
        <extracomment>The history's operation words (ui.qa.lookup.OPERATION_WORDS), translated at use.</extracomment>
        <translation>固件安装</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="67" />
        <source>config download</source>
        <translation>配置下载</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="68" />
        <source>config upload</source>
        <translation>配置上传</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="69" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="205" />
        <source>Look up a unit</source>
        <translation>查找设备</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="206" />
        <source>serial number or thing name (scan or type)</source>
        <translation>序列号或事物名称（扫描或输入）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="207" />
        <source>Look up</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="208" />
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="209" />
        <source>Written to the audit trail with every action (empty: the logged-in user)</source>
        <translation>每次操作都会写入审计记录（留空：当前登录用户）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="210" />
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="211" />
        <source>Cloud identity</source>
        <translation>云身份</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="214" />
        <source>Job history</source>
        <translation>任务历史</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="216" />
        <source>Every job execution of the unit (its own and its groups'), newest first. Select one to cancel it.</source>
        <translation>该设备的所有任务执行（包括其自身和所在组的），最新的在前。选择一项可将其取消。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="218" />
        <source>Actions on this unit</source>
        <translation>对此设备的操作</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="219" />
        <source>group's current</source>
        <translation>组的当前版本</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="221" />
        <source>Re-run config</source>
        <translation>重新下发配置</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="223" />
        <source>Queue a configuration download again for this unit (the group's current version unless one is chosen)</source>
        <translation>为此设备重新排队配置下载（未选择时为组的当前版本）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="224" />
        <source>version, e.g. 1.4.2</source>
        <translation>版本，例如 1.4.2</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="225" />
        <source>Forced downgrade</source>
        <translation>强制降级</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="226" />
        <source>Allow installing an older version (QA role, confirmation, audit trail)</source>
        <translation>允许安装较旧版本（QA 角色、确认、审计记录）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="228" />
        <source>Push version</source>
        <translation>推送版本</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="229" />
        <source>Snapshot update job for this unit</source>
        <translation>为此设备创建一次性更新任务</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="230" />
        <source>Upload golden config</source>
        <translation>上传标准配置</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="232" />
        <source>Ask this unit to upload its configuration; the upload key appears when done</source>
        <translation>让此设备上传其配置；完成后显示上传键</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="233" />
        <source>upload key (from 'Upload golden config') or catalog config version</source>
        <translation>上传键（来自“上传标准配置”）或目录中的配置版本</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="235" />
        <source>things or thing groups, separated by spaces or commas</source>
        <translation>事物或事物组，用空格或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="236" />
        <source>Propagate to</source>
        <translation>分发到</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="237" />
        <source>Propagate config…</source>
        <translation>分发配置…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="239" />
        <source>Send the uploaded configuration (or a catalog version) to other units or a group</source>
        <translation>将已上传的配置（或目录中的版本）发送到其他设备或组</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="240" />
        <source>Force (also stop running executions)</source>
        <translation>强制（同时停止正在进行的执行）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="241" />
        <source>Only for units known to be dead: a unit may be mid-install</source>
        <translation>仅用于确认已失效的设备：设备可能正在安装中</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="242" />
        <source>Cancel selected job…</source>
        <translation>取消所选任务…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="244" />
        <source>Cancel the job selected in the history (queued executions; with force also running ones)</source>
        <translation>取消历史中所选的任务（排队中的执行；强制时也包括正在进行的）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="245" />
        <source>Reprint label</source>
        <translation>重新打印标签</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="247" />
        <source>Print this unit's label again on the station's label printer</source>
        <translation>在工作站的标签打印机上重新打印此设备的标签</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="248" />
        <source>Revoke certificate…</source>
        <translation>吊销证书…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="250" />
        <source>Revoke every certificate of this unit (or of the typed serial): AWS refuses its connections from then on, also a unit provisioned offline that AWS has never seen</source>
        <translation>吊销此设备（或所输入序列号）的所有证书：此后 AWS 拒绝其连接，包括 AWS 从未见过的离线配置设备</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="252" />
        <source>reason for revoking (audit trail and the unit's history)</source>
        <translation>吊销原因（写入审计记录和设备历史）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="253" />
        <source>Every action, refused or failed ones too, is written to the audit trail with your name and role.</source>
        <translation>每个操作（包括被拒绝或失败的）都会连同您的姓名和角色写入审计记录。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="258" />
        <source>Look a unit up to act on it.</source>
        <translation>先查找设备再进行操作。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="332" />
        <source>Scan or type a serial number or thing name first.</source>
        <translation>请先扫描或输入序列号或事物名称。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="364" />
        <source>{serial}: provisioned, waiting for the cloud. AWS has not registered the unit yet (thing {thing}): its board has not connected.</source>
        <translation>{serial}：已配置，等待云。AWS 尚未注册该设备（事物 {thing}）：其板卡尚未连接。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="367" />
        <source>found {thing}: it was waiting for the cloud and is registered now (recorded)</source>
        <translation>已找到 {thing}：它曾在等待云，现已注册（已记录）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="369" />
        <source>found {thing}</source>
        <translation>已找到 {thing}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="374" />
        <source>found registered in AWS IoT by this lookup (it was waiting for the cloud)</source>
        <translation>本次查找发现已在 AWS IoT 中注册（它曾在等待云）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="376" />
        <source>provisioned, waiting for the cloud: AWS has not seen the board connect yet</source>
        <translation>已配置，等待云：AWS 尚未看到板卡连接</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="378" />
        <source>waiting for the cloud: its certificate is ACTIVE, its thing is not made yet</source>
        <translation>等待云：其证书为 ACTIVE，其事物尚未创建</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="379" />
        <source>waiting for the cloud: AWS holds its certificate as {status}</source>
        <translation>等待云：AWS 中其证书为 {status}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="385" />
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="405" />
        <source>{model} rev {hw} (thing type {type})</source>
        <translation>{model} 版本 {hw}（事物类型 {type}）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="406" />
        <source>{model} rev {hw}</source>
        <translation>{model} 版本 {hw}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="407" />
        <location filename="../../ui/qa/view.py" line="408" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="410" />
        <source>{thing} (not in AWS IoT yet)</source>
        <translation>{thing}（尚未在 AWS IoT 中）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="413" />
        <source>not seen by AWS yet</source>
        <translation>AWS 尚未见到</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="415" />
        <source>none attached</source>
        <translation>未附加</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="416" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="422" />
        <source>attempt {n}: {outcome} ({when}, {station})</source>
        <translation>第 {n} 次尝试：{outcome}（{when}，{station}）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="423" />
        <source>station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="426" />
        <source>failed at {step}: {cause}</source>
        <translation>在 {step} 失败：{cause}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="432" />
        <source>no records of this unit on this PC</source>
        <translation>此电脑上没有该设备的记录</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="438" />
        <source>{operation} (forced)</source>
        <translation>{operation}（强制）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="458" />
        <source>{action}: look a unit up first.</source>
        <translation>{action}：请先查找设备。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="476" />
        <source>configuration {version} queued for {thing} (job {job})</source>
        <translation>配置 {version} 已为 {thing} 排队（任务 {job}）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="495" />
        <source>Push version: type or pick the firmware version first.</source>
        <translation>推送版本：请先输入或选择固件版本。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="503" />
        <source>FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs {current} now; this is a DOWNGRADE. Continue?</source>
        <translation>在设备 {unit}（事物 {thing}）上强制安装固件 {version}。它当前运行 {current}；这是一次降级。继续吗？</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="505" />
        <source>FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs {current} now. Continue?</source>
        <translation>在设备 {unit}（事物 {thing}）上强制安装固件 {version}。它当前运行 {current}。继续吗？</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="512" />
        <source>Force {version}</source>
        <translation>强制 {version}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="513" />
        <source>firmware {version} (forced) queued for {thing} (job {job})</source>
        <translation>固件 {version}（强制）已为 {thing} 排队（任务 {job}）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="514" />
        <source>firmware {version} queued for {thing} (job {job})</source>
        <translation>固件 {version} 已为 {thing} 排队（任务 {job}）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="530" />
        <source>{thing} asked to upload its configuration (job {job}); waiting for the unit</source>
        <translation>已请求 {thing} 上传其配置（任务 {job}）；等待设备</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="539" />
        <source>Configuration of {thing} uploaded: {key}. Type targets and press 'Propagate config…'.</source>
        <translation>{thing} 的配置已上传：{key}。输入目标后按“分发配置…”。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="542" />
        <source>The configuration upload of {thing} ended {status} (job {job}); nothing to propagate.
Do this: check the unit is online, then try again.</source>
        <translation>{thing} 的配置上传以 {status} 结束（任务 {job}）；没有可分发的内容。
处理方法：确认设备在线后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="555" />
        <source>Propagate: upload a golden configuration (or type a config version) and type the targets first.</source>
        <translation>分发：请先上传标准配置（或输入配置版本）并输入目标。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="563" />
        <source>Send configuration {source} to these targets: {targets}? Each unit applies it at once.</source>
        <translation>将配置 {source} 发送到这些目标：{targets}？每台设备会立即应用。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="565" />
        <source>Send configuration</source>
        <translation>发送配置</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="566" />
        <source>configuration {version} sent to {targets} (job {job})</source>
        <translation>配置 {version} 已发送到 {targets}（任务 {job}）</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="582" />
        <source>Cancel job: select a job in the history first.</source>
        <translation>取消任务：请先在历史中选择一个任务。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="585" />
        <source>Cancel job {job} for every unit it targets? FORCE: running executions are stopped too; a unit mid-install may be left half-updated.</source>
        <translation>要为其所有目标设备取消任务 {job} 吗？强制：正在进行的执行也会停止；安装中的设备可能只更新了一半。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="587" />
        <source>Cancel job {job} for every unit it targets? Queued executions become CANCELED; running ones finish.</source>
        <translation>要为其所有目标设备取消任务 {job} 吗？排队中的执行将变为已取消；正在进行的会完成。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="592" />
        <source>Cancel the job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="593" />
        <source>job {job} is now {status}</source>
        <translation>任务 {job} 现在为 {status}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="630" />
        <source>Label of {serial} queued for printing again</source>
        <translation>{serial} 的标签已重新排队打印</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="641" />
        <source>{action}: look a unit up (or type its serial) first.</source>
        <translation>{action}：请先查找设备（或输入其序列号）。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="653" />
        <source>REVOKE every certificate of unit {serial} (thing {thing})? AWS refuses the unit's connections from then on. This cannot be undone: the unit connects again only after it is provisioned anew.</source>
        <translation>要吊销设备 {serial}（事物 {thing}）的所有证书吗？此后 AWS 拒绝该设备的连接。此操作无法撤销：设备只有在重新配置后才能再次连接。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="656" />
        <source>REVOKE every certificate of unit {serial}? AWS refuses the unit's connections from then on, also its first one if it never connected. This cannot be undone: the unit connects again only after it is provisioned anew.</source>
        <translation>要吊销设备 {serial} 的所有证书吗？此后 AWS 拒绝该设备的连接，如果它从未连接过，也包括其首次连接。此操作无法撤销：设备只有在重新配置后才能再次连接。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="661" />
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="668" />
        <source>Nothing left to revoke for {serial}: its certificates are already revoked, deleted, or were never written to the board.</source>
        <translation>{serial} 已没有可吊销的证书：其证书已被吊销、删除，或从未写入板卡。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="672" />
        <source>{count} certificate(s) of {serial} revoked ({ids}); AWS refuses them from now on.</source>
        <translation>已吊销 {serial} 的 {count} 个证书（{ids}）；从现在起 AWS 拒绝这些证书。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="675" />
        <source>{count} of them AWS had never seen: registered as revoked, so the unit's first connect is refused.</source>
        <translation>其中 {count} 个 AWS 从未见过：已注册为已吊销，因此设备的首次连接会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="698" />
        <source>no unit reached yet</source>
        <translation>尚未到达任何设备</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="700" />
        <source>Job {job} ({kind} {version}): {ends}.</source>
        <translation>任务 {job}（{kind} {version}）：{ends}。</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../../ui/operator/model.py" line="87" />
        <source>EMPTY</source>
        <extracomment>Steps of a run that stops once registered, and the two more of a run that follows jobs to "ready". The station's steps per certificates.mode where they differ from the csr modes' (docs/provisioning-modes.md): factory-ca signs on the line instead of registering; fleet-claim writes the claim and the board registers itself while the station waits in "connecting". factory-ca with the cloud away: the unit is complete on the board and recorded; the station confirms it with the cloud later. The board may leave the station. The banner words, marked for translation here and translated where shown (Result.word).</extracomment>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="88" />
        <source>IDLE</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="89" />
        <source>WORKING</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="90" />
        <source>WAITING</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="91" />
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="92" />
        <source>STORED</source>
        <translation>已存储</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="93" />
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="94" />
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/roles.py" line="32" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="32" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="33" />
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
</context>
<context>
    <name>RoleBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>PIN</source>
        <extracomment>Input that counts as someone at the station (the idle re-lock waits for none of it). Wrong PINs (wall-clock times) an earlier run of the window left; emitted from any thread.</extracomment>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <location filename="../../ui/main_window.py" line="165" />
        <source>too many wrong PINs: try again in {wait}</source>
        <translation>错误 PIN 次数过多：请在 {wait} 后重试</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>no {role} PIN in this profile</source>
        <translation>此配置文件中没有 {role} 的 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>wrong PIN: locked for {wait}</source>
        <translation>PIN 错误：锁定 {wait}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>{role} locked after {wait} without input</source>
        <translation>{wait} 无操作后 {role} 已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
</context>
<context>
    <name>ScanMatcher</name>
    <message>
        <location filename="../../ui/operator/scan.py" line="12" />
        <source>empty scan</source>
        <translation>空扫描</translation>
    </message>
    <message>
        <location filename="../../ui/operator/scan.py" line="13" />
        <source>every slot already has a scan; select a slot to re-scan it</source>
        <translation>每个工位都已扫描；请选择一个工位重新扫描</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="94" />
        <source>demo: embedded cloud, {boards} virtual boards</source>
        <extracomment>What the certificate mode keeps open for the Station: the line CA (factory-ca), the claim source.</extracomment>
        <translation>演示：内置云，{boards} 块虚拟板卡</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="95" />
        <source>embedded local cloud</source>
        <translation>内置本地云</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="96" />
        <source>AWS {who}, {region}</source>
        <translation>AWS {who}，{region}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="97" />
        <source>default credentials</source>
        <translation>默认凭证</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../ui/operator/model.py" line="99" />
        <source>Label queued</source>
        <extracomment>The tile's label line per LabelStatus state (the detail, why it waits, follows in brackets).</extracomment>
        <translation>标签已排队</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="100" />
        <source>Label printing</source>
        <translation>标签打印中</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="101" />
        <source>Label printed</source>
        <translation>标签已打印</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="102" />
        <source>Label not printed</source>
        <translation>标签未打印</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="175" />
        <source>No board: plug the next one</source>
        <extracomment>This run already ended "provisioned, waiting for the cloud" (counted then); the station follows it since. A failure nobody looked at yet: the slot flashes until the operator clicks it (or acts on it by keyboard).</extracomment>
        <translation>无板卡：请插入下一块</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="177" />
        <source>Result cleared; press Retry to run again</source>
        <translation>结果已清除；按“重试”重新运行</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="179" />
        <source>Failed at {step}</source>
        <translation>失败于：{step}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="181" />
        <source>Ready: every update installed</source>
        <translation>就绪：所有更新已安装</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="182" />
        <source>Registered in the cloud</source>
        <translation>已在云端注册</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="195" />
        <source>{status} ({detail})</source>
        <translation>{status}（{detail}）</translation>
    </message>
</context>
<context>
    <name>SlotWidget</name>
    <message>
        <location filename="../../ui/operator/slot.py" line="129" />
        <location filename="../../ui/operator/slot.py" line="397" />
        <source>Retry</source>
        <extracomment>A tile's size when it stands alone (a test, the screenshot of one slot); on the wall, the wall sets it. Advance of the widest result word per pixel of font size, per language (the word must fit its banner).</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="130" />
        <location filename="../../ui/operator/slot.py" line="401" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="131" />
        <source>Run this board again from the start (finished steps are skipped)</source>
        <translation>从头重新运行此板卡（已完成的步骤将跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="132" />
        <source>Clear the result shown here; an empty slot leaves the wall</source>
        <translation>清除此处显示的结果；空工位将从看板移除</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="192" />
        <location filename="../../ui/operator/slot.py" line="338" />
        <source>Unit {n}</source>
        <translation>设备 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="343" />
        <source>rev {rev}</source>
        <translation>版本 {rev}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="344" />
        <source>fw {version}</source>
        <translation>固件 {version}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="354" />
        <source>Unit {n} {word}</source>
        <translation>设备 {n} {word}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="370" />
        <source>Do this: {remedy}</source>
        <translation>处理方法：{remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="373" />
        <source>Nothing to do: it retries by itself.</source>
        <translation>无需操作：会自动重试。</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="382" />
        <source>⚠ LABEL MISMATCH
label {scanned}
board {reported}</source>
        <translation>⚠ 标签不一致
标签 {scanned}
板卡 {reported}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="385" />
        <source>✔ Label matches ({scanned})</source>
        <translation>✔ 标签一致（{scanned}）</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="387" />
        <source>Label scanned: {scanned}</source>
        <translation>已扫描标签：{scanned}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="397" />
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="401" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="416" />
        <source>failed at {step}</source>
        <translation>在 {step} 失败</translation>
    </message>
</context>
<context>
    <name>WallWidget</name>
    <message>
        <location filename="../../ui/operator/wall.py" line="43" />
        <source>No boards yet.
Plug a board into the fixture: it appears here and starts.</source>
        <translation>暂无板卡。
将板卡插入夹具：它会出现在这里并自动启动。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>answer to '{command}' started but did not end in time</source>
        <comment>board.answer-cut</comment>
        <translation>对“{command}”的应答已开始但未及时结束</translation>
    </message>
    <message>
        <source>assembled {object} has sha256 {got}, board announced {announced}</source>
        <comment>board.assembled-sha256</comment>
        <translation>拼接后的 {object} sha256 为 {got}，板卡声明的是 {announced}</translation>
    </message>
    <message>
        <source>bad command name {command}</source>
        <comment>board.bad-command</comment>
        <translation>命令名称无效 {command}</translation>
    </message>
    <message>
        <source>unknown frame kind {kind} (expected Q, A, E or N)</source>
        <comment>board.bad-kind</comment>
        <translation>未知的帧类型 {kind}（应为 Q、A、E 或 N）</translation>
    </message>
    <message>
        <source>request id {rid} is not 4 uppercase hex digits</source>
        <comment>board.bad-rid</comment>
        <translation>请求 ID {rid} 不是 4 位大写十六进制数</translation>
    </message>
    <message>
        <source>link lost: cannot open the port ({error})</source>
        <comment>board.cannot-open</comment>
        <translation>连接丢失：无法打开端口（{error}）</translation>
    </message>
    <message>
        <source>the board's CSR is not PEM</source>
        <comment>board.csr-not-pem</comment>
        <translation>板卡的 CSR 不是 PEM 格式</translation>
    </message>
    <message>
        <source>{command} answer: data is not valid base64</source>
        <comment>board.data-not-base64</comment>
        <translation>{command} 应答：数据不是有效的 base64</translation>
    </message>
    <message>
        <source>{command} answer: data is not a base64 string</source>
        <comment>board.data-not-base64-string</comment>
        <translation>{command} 应答：数据不是 base64 字符串</translation>
    </message>
    <message>
        <source>answer field '{field}' is missing or not a string</source>
        <comment>board.field-not-string</comment>
        <translation>应答字段“{field}”缺失或不是字符串</translation>
    </message>
    <message>
        <source>garbled data on the serial line (CRC check failed)</source>
        <comment>board.garbled.crc</comment>
        <translation>串口线路数据错乱（CRC 校验失败）</translation>
    </message>
    <message>
        <source>garbled data on the serial line (bad frame header)</source>
        <comment>board.garbled.header</comment>
        <translation>串口线路数据错乱（帧头错误）</translation>
    </message>
    <message>
        <source>garbled data on the serial line (frame body is not valid JSON)</source>
        <comment>board.garbled.json</comment>
        <translation>串口线路数据错乱（帧内容不是有效的 JSON）</translation>
    </message>
    <message>
        <source>garbled data on the serial line (no CRC trailer)</source>
        <comment>board.garbled.no-crc</comment>
        <translation>串口线路数据错乱（缺少 CRC 尾部）</translation>
    </message>
    <message>
        <source>garbled data on the serial line (no start marker)</source>
        <comment>board.garbled.no-start</comment>
        <translation>串口线路数据错乱（缺少起始标记）</translation>
    </message>
    <message>
        <source>garbled data on the serial line (frame body is not a JSON object)</source>
        <comment>board.garbled.object</comment>
        <translation>串口线路数据错乱（帧内容不是 JSON 对象）</translation>
    </message>
    <message>
        <source>hello answer: 'caps' is not a list of strings</source>
        <comment>board.hello-caps</comment>
        <translation>hello 应答：“caps”不是字符串列表</translation>
    </message>
    <message>
        <source>hello answer: bad 'max_chunk' {value}</source>
        <comment>board.hello-max-chunk</comment>
        <translation>hello 应答：“max_chunk”无效 {value}</translation>
    </message>
    <message>
        <source>board speaks protocol {version}, this station speaks {station}</source>
        <comment>board.hello-version</comment>
        <translation>板卡使用协议 {version}，本工作站使用 {station}</translation>
    </message>
    <message>
        <source>keygen answer: bad 'sha256' {value}</source>
        <comment>board.keygen-sha256</comment>
        <translation>keygen 应答：“sha256”无效 {value}</translation>
    </message>
    <message>
        <source>keygen answer: bad 'size' {value}</source>
        <comment>board.keygen-size</comment>
        <translation>keygen 应答：“size”无效 {value}</translation>
    </message>
    <message>
        <source>line of {size}+ bytes exceeds the {limit}-byte limit</source>
        <comment>board.line-too-long</comment>
        <translation>{size}+ 字节的行超过了 {limit} 字节的上限</translation>
    </message>
    <message>
        <source>link lost while flushing input: {error}</source>
        <comment>board.lost-flushing</comment>
        <translation>清空输入时连接丢失：{error}</translation>
    </message>
    <message>
        <source>link lost while sending '{command}': {error}</source>
        <comment>board.lost-sending</comment>
        <translation>发送“{command}”时连接丢失：{error}</translation>
    </message>
    <message>
        <source>link lost while waiting for '{command}': {error}</source>
        <comment>board.lost-waiting</comment>
        <translation>等待“{command}”时连接丢失：{error}</translation>
    </message>
    <message>
        <source>board cannot import a private key (no 'key-import' capability)</source>
        <comment>board.no-key-import</comment>
        <translation>板卡无法导入私钥密钥（没有“key-import”能力）</translation>
    </message>
    <message>
        <source>the board does not take data ({command})</source>
        <comment>board.no-take</comment>
        <translation>板卡不接收数据（{command}）</translation>
    </message>
    <message>
        <source>the port is not open</source>
        <comment>board.not-open</comment>
        <translation>端口未打开</translation>
    </message>
    <message>
        <source>{port}: {problem}</source>
        <comment>board.on-port</comment>
        <translation>{port}：{problem}</translation>
    </message>
    <message>
        <source>board speaks protocol version {board}, this station speaks version {station}</source>
        <comment>board.other-version</comment>
        <translation>板卡使用协议版本 {board}，本工作站使用版本 {station}</translation>
    </message>
    <message>
        <source>prov-status answer: bad '{field}' {value}</source>
        <comment>board.prov-status-field</comment>
        <translation>prov-status 应答：“{field}”无效 {value}</translation>
    </message>
    <message>
        <source>prov-status answer: state '{state}' without '{field}'</source>
        <comment>board.prov-status-incomplete</comment>
        <translation>prov-status 应答：状态“{state}”缺少“{field}”</translation>
    </message>
    <message>
        <source>read answer: 'eof' is not a boolean</source>
        <comment>board.read-eof</comment>
        <translation>read 应答：“eof”不是布尔值</translation>
    </message>
    <message>
        <source>read answer for offset {offset}, asked for {asked}</source>
        <comment>board.read-offset</comment>
        <translation>read 应答的偏移为 {offset}，请求的是 {asked}</translation>
    </message>
    <message>
        <source>read answer carries {size} bytes, asked for {asked}</source>
        <comment>board.read-size</comment>
        <translation>read 应答包含 {size} 字节，请求的是 {asked}</translation>
    </message>
    <message>
        <source>readback answer: bad hash for '{object}'</source>
        <comment>board.readback-hash</comment>
        <translation>readback 应答：“{object}”的哈希无效</translation>
    </message>
    <message>
        <source>readback answer: 'hashes' is not an object</source>
        <comment>board.readback-hashes</comment>
        <translation>readback 应答：“hashes”不是对象</translation>
    </message>
    <message>
        <source>readback answer: bad 'pubkey_size' or 'pubkey_sha256'</source>
        <comment>board.readback-pubkey</comment>
        <translation>readback 应答：“pubkey_size”或“pubkey_sha256”无效</translation>
    </message>
    <message>
        <source>board refused '{command}': {code}: {answer}</source>
        <comment>board.refused</comment>
        <translation>板卡拒绝了“{command}”：{code}：{answer}</translation>
    </message>
    <message>
        <source>no answer to '{command}' in time (board silent?)</source>
        <comment>board.silent</comment>
        <translation>未及时收到对“{command}”的应答（板卡无响应？）</translation>
    </message>
    <message>
        <source>board stored '{object}' with sha256 {stored}, sent {sent}</source>
        <comment>board.stored-sha256</comment>
        <translation>板卡存储的“{object}”sha256 为 {stored}，发送的是 {sent}</translation>
    </message>
    <message>
        <source>protocol version {version} is not a digit</source>
        <comment>board.version-not-digit</comment>
        <translation>协议版本 {version} 不是数字</translation>
    </message>
    <message>
        <source>wchunk answer says next={next}, expected {expected}</source>
        <comment>board.wchunk-next</comment>
        <translation>wchunk 应答为 next={next}，应为 {expected}</translation>
    </message>
    <message>
        <source>expected an answer to {command} {rid}, got {frame}</source>
        <comment>board.wrong-answer</comment>
        <translation>应收到 {command} {rid} 的应答，实际收到 {frame}</translation>
    </message>
    <message>
        <source>{path} already exists: a line CA certificate is not overwritten</source>
        <comment>ca.cert-exists</comment>
        <translation>{path} 已存在：不会覆盖产线 CA 证书</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' is not valid now (valid from {not_before} to {not_after}) (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-expired</comment>
        <translation>产线 CA 证书“{path}”当前无效（有效期 {not_before} 至 {not_after}）（certificates.factory_ca.ca_certificate）</translation>
    </message>
    <message>
        <source>the certificate '{path}' is not a CA certificate (basicConstraints CA is not true) (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-not-ca</comment>
        <translation>证书“{path}”不是 CA 证书（basicConstraints CA 不为 true）（certificates.factory_ca.ca_certificate）</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' cannot be read (certificates.factory_ca.ca_certificate): {problem}</source>
        <comment>ca.cert-unreadable</comment>
        <translation>无法读取产线 CA 证书“{path}”（certificates.factory_ca.ca_certificate）：{problem}</translation>
    </message>
    <message>
        <source>no line CA certificate is set (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-unset</comment>
        <translation>未设置产线 CA 证书（certificates.factory_ca.ca_certificate）</translation>
    </message>
    <message>
        <source>AWS IoT refused the line CA's verification certificate: {reason}</source>
        <comment>ca.code-refused</comment>
        <translation>AWS IoT 拒绝了产线 CA 的验证证书：{reason}</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' may not sign (CKA_SIGN is false) (certificates.factory_ca.key_label)</source>
        <comment>ca.key-cannot-sign</comment>
        <translation>令牌“{token}”上的密钥“{label}”不允许签名（CKA_SIGN 为 false）（certificates.factory_ca.key_label）</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' can leave the token ({problem}), so it is refused as the line CA key (certificates.factory_ca.key_label)</source>
        <comment>ca.key-exportable</comment>
        <translation>令牌“{token}”上的密钥“{label}”可以离开令牌（{problem}），因此不能用作产线 CA 密钥（certificates.factory_ca.key_label）</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' (certificates.factory_ca.ca_certificate) does not belong to the key '{key}' on token '{token}' (certificates.factory_ca.key_label): its public key does not verify that key's signature</source>
        <comment>ca.key-mismatch</comment>
        <translation>产线 CA 证书“{path}”（certificates.factory_ca.ca_certificate）不属于令牌“{token}”上的密钥“{key}”（certificates.factory_ca.key_label）：其公钥无法验证该密钥的签名</translation>
    </message>
    <message>
        <source>the token '{token}' holds no private key labelled '{label}' (certificates.factory_ca.key_label)</source>
        <comment>ca.key-missing</comment>
        <translation>令牌“{token}”中没有标签为“{label}”的私有密钥（certificates.factory_ca.key_label）</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' is not an EC key (certificates.factory_ca.key_label): the line CA signs with ECDSA P-256</source>
        <comment>ca.key-not-ec</comment>
        <translation>令牌“{token}”上的密钥“{label}”不是 EC 密钥（certificates.factory_ca.key_label）：产线 CA 使用 ECDSA P-256 签名</translation>
    </message>
    <message>
        <source>the token '{token}' holds more than one private key labelled '{label}' (certificates.factory_ca.key_label)</source>
        <comment>ca.key-twice</comment>
        <translation>令牌“{token}”中有多个标签为“{label}”的私有密钥（certificates.factory_ca.key_label）</translation>
    </message>
    <message>
        <source>the token '{label}' could not make the line CA key: {problem}</source>
        <comment>ca.keygen-failed</comment>
        <translation>令牌“{label}”无法生成产线 CA 密钥：{problem}</translation>
    </message>
    <message>
        <source>the PKCS#11 module '{library}' is already open in this station with SOFTHSM2_CONF '{current}', so the token of SOFTHSM2_CONF '{wanted}' cannot be opened beside it (certificates.factory_ca.pkcs11_library)</source>
        <comment>ca.module-busy</comment>
        <translation>PKCS#11 模块“{library}”已在本工作站中以 SOFTHSM2_CONF“{current}”打开，因此无法同时打开 SOFTHSM2_CONF“{wanted}”的令牌（certificates.factory_ca.pkcs11_library）</translation>
    </message>
    <message>
        <source>the PKCS#11 module '{library}' cannot be loaded (certificates.factory_ca.pkcs11_library): {problem}</source>
        <comment>ca.module-missing</comment>
        <translation>无法加载 PKCS#11 模块“{library}”（certificates.factory_ca.pkcs11_library）：{problem}</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' cannot be read: {reason}</source>
        <comment>ca.no-file</comment>
        <translation>无法读取产线 CA 证书“{path}”：{reason}</translation>
    </message>
    <message>
        <source>no PKCS#11 module is set (certificates.factory_ca.pkcs11_library) and SoftHSM2 is not installed on this PC</source>
        <comment>ca.no-module</comment>
        <translation>未设置 PKCS#11 模块（certificates.factory_ca.pkcs11_library），且此电脑未安装 SoftHSM2</translation>
    </message>
    <message>
        <source>SoftHSM2 is not installed ({missing} not found), so no demo line CA token can be made</source>
        <comment>ca.no-softhsm</comment>
        <translation>未安装 SoftHSM2（找不到 {missing}），因此无法创建演示用的产线 CA 令牌</translation>
    </message>
    <message>
        <source>the line CA {ca_id} is not registered with AWS IoT in {region}</source>
        <comment>ca.not-registered</comment>
        <translation>产线 CA {ca_id} 未在 {region} 的 AWS IoT 中注册</translation>
    </message>
    <message>
        <source>{count} certificate(s) signed by the old CA {ca_id} are still ACTIVE; setting the CA INACTIVE would refuse those units' next connect</source>
        <comment>ca.old-still-used</comment>
        <translation>旧 CA {ca_id} 签发的 {count} 个证书仍为 ACTIVE；将该 CA 设为 INACTIVE 会拒绝这些设备的下一次连接</translation>
    </message>
    <message>
        <source>the token '{label}' is locked after too many wrong PINs (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-locked</comment>
        <translation>令牌“{label}”因错误 PIN 次数过多已被锁定（certificates.factory_ca.pin_env）</translation>
    </message>
    <message>
        <source>the line CA token's PIN is not set: the environment variable {env} is empty (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-unset</comment>
        <translation>未设置产线 CA 令牌的 PIN：环境变量 {env} 为空（certificates.factory_ca.pin_env）</translation>
    </message>
    <message>
        <source>the token '{label}' refused the PIN from the environment variable {env} (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-wrong</comment>
        <translation>令牌“{label}”拒绝了环境变量 {env} 中的 PIN（certificates.factory_ca.pin_env）</translation>
    </message>
    <message>
        <source>the token '{token}' holds no single public key labelled '{label}' (certificates.factory_ca.key_label), so its CA certificate cannot be made here</source>
        <comment>ca.public-key-missing</comment>
        <translation>令牌“{token}”中没有唯一一个标签为“{label}”的公开密钥（certificates.factory_ca.key_label），因此无法在此创建其 CA 证书</translation>
    </message>
    <message>
        <source>AWS IoT refused the line CA certificate: {reason}</source>
        <comment>ca.refused</comment>
        <translation>AWS IoT 拒绝了产线 CA 证书：{reason}</translation>
    </message>
    <message>
        <source>the new CA is the CA already registered for this line ({ca_id})</source>
        <comment>ca.same</comment>
        <translation>新 CA 就是此产线已注册的 CA（{ca_id}）</translation>
    </message>
    <message>
        <source>the line CA token '{token}' did not sign: {problem}</source>
        <comment>ca.sign-failed</comment>
        <translation>产线 CA 令牌“{token}”未能签名：{problem}</translation>
    </message>
    <message>
        <source>the certificate subject's {field} cannot be '{value}': {problem}</source>
        <comment>ca.subject-field</comment>
        <translation>证书主题的 {field} 不能为“{value}”：{problem}</translation>
    </message>
    <message>
        <source>the JITP template for this profile is {size} characters; AWS IoT takes at most {limit}</source>
        <comment>ca.template-too-big</comment>
        <translation>此配置文件的 JITP 模板有 {size} 个字符；AWS IoT 最多接受 {limit} 个</translation>
    </message>
    <message>
        <source>{directory} already holds a SoftHSM2 token</source>
        <comment>ca.token-exists</comment>
        <translation>{directory} 中已有 SoftHSM2 令牌</translation>
    </message>
    <message>
        <source>softhsm2-util could not make the token '{label}' in {directory}: {problem}</source>
        <comment>ca.token-init-failed</comment>
        <translation>softhsm2-util 无法在 {directory} 中创建令牌“{label}”：{problem}</translation>
    </message>
    <message>
        <source>no token labelled '{label}' in the PKCS#11 module '{library}' (certificates.factory_ca.token_label); tokens present: {present}</source>
        <comment>ca.token-missing</comment>
        <translation>PKCS#11 模块“{library}”中没有标签为“{label}”的令牌（certificates.factory_ca.token_label）；现有令牌：{present}</translation>
    </message>
    <message>
        <source>more than one token is labelled '{label}' in the PKCS#11 module '{library}' (certificates.factory_ca.token_label)</source>
        <comment>ca.token-twice</comment>
        <translation>PKCS#11 模块“{library}”中有多个标签为“{label}”的令牌（certificates.factory_ca.token_label）</translation>
    </message>
    <message>
        <source>certificates.factory_ca.validity_days is {days}: a device certificate must be valid for at least one day</source>
        <comment>ca.validity</comment>
        <translation>certificates.factory_ca.validity_days 为 {days}：设备证书的有效期必须至少为一天</translation>
    </message>
    <message>
        <source>{answer} answered the {driver} probe (USB id {usb_id})</source>
        <comment>choice.answered</comment>
        <translation>{answer} 响应了 {driver} 驱动的探测（USB ID {usb_id}）</translation>
    </message>
    <message>
        <source>serial.driver (automatic choice is off)</source>
        <comment>choice.auto-off</comment>
        <translation>serial.driver（自动选择已关闭）</translation>
    </message>
    <message>
        <source>choosing its driver failed ({error}); see the log</source>
        <comment>choice.failed</comment>
        <translation>选择驱动失败（{error}）；请查看日志</translation>
    </message>
    <message>
        <source>fixed</source>
        <comment>choice.fixed</comment>
        <translation>固定</translation>
    </message>
    <message>
        <source>USB id {usb_id} is claimed by {drivers}, but no such board answered (another port of the same device, or its firmware is not running)</source>
        <comment>choice.no-answer</comment>
        <translation>USB ID {usb_id} 被 {drivers} 认领，但没有此类板卡响应（同一设备的另一个端口，或其固件未运行）</translation>
    </message>
    <message>
        <source>serial.driver (not a USB port)</source>
        <comment>choice.not-usb</comment>
        <translation>serial.driver（不是 USB 端口）</translation>
    </message>
    <message>
        <source>the profile's {rule}</source>
        <comment>choice.rule</comment>
        <translation>配置文件的 {rule}</translation>
    </message>
    <message>
        <source>the profile's {rule} says ignore</source>
        <comment>choice.rule-ignores</comment>
        <translation>配置文件的 {rule} 要求忽略</translation>
    </message>
    <message>
        <source>serial.driver (no driver claims this port's USB id)</source>
        <comment>choice.unclaimed</comment>
        <translation>serial.driver（没有驱动认领此端口的 USB ID）</translation>
    </message>
    <message>
        <source>USB id {usb_id} matches {glob}</source>
        <comment>choice.usb-match</comment>
        <translation>USB ID {usb_id} 匹配 {glob}</translation>
    </message>
    <message>
        <source>the answer to {op} was lost ({reason}); AWS may have issued a certificate that the station did not receive</source>
        <comment>cloud.answer-lost</comment>
        <translation>{op} 的应答丢失（{reason}）；AWS 可能已签发了工作站未收到的证书</translation>
    </message>
    <message>
        <source>the catalog bucket '{bucket}' exists but this account cannot use it</source>
        <comment>cloud.bucket-taken</comment>
        <translation>目录存储桶“{bucket}”已存在，但此账户无法使用</translation>
    </message>
    <message>
        <source>{where}: {check}: {detail}</source>
        <comment>cloud.check-problem</comment>
        <translation>{where}：{check}：{detail}</translation>
    </message>
    <message>
        <source>{host}:{port} answered TLS but did not negotiate ALPN {alpn} (got {got}: a TLS-inspecting proxy in between?)</source>
        <comment>cloud.check.alpn-missing</comment>
        <translation>{host}:{port} 响应了 TLS，但未协商 ALPN {alpn}（收到 {got}：中间有检查 TLS 的代理？）</translation>
    </message>
    <message>
        <source>custom device endpoint ([cloud] mqtt_endpoint): not applicable</source>
        <comment>cloud.check.alpn-na-custom</comment>
        <translation>自定义设备终端节点（[cloud] mqtt_endpoint）：不适用</translation>
    </message>
    <message>
        <source>embedded cloud: not applicable</source>
        <comment>cloud.check.alpn-na-embedded</comment>
        <translation>内置云：不适用</translation>
    </message>
    <message>
        <source>{why}; not needed while port 8883 works (boards dial 8883)</source>
        <comment>cloud.check.alpn-not-needed</comment>
        <translation>{why}；只要 8883 端口可用就不需要（板卡连接 8883）</translation>
    </message>
    <message>
        <source>{host}:{port} negotiates ALPN {alpn}</source>
        <comment>cloud.check.alpn-ok</comment>
        <translation>{host}:{port} 协商 ALPN {alpn}</translation>
    </message>
    <message>
        <source>unreadable Date header {date}</source>
        <comment>cloud.check.bad-date-header</comment>
        <translation>无法读取的 Date 头 {date}</translation>
    </message>
    <message>
        <source>access denied ({code}): the bucket belongs to another account, or this identity may not list the prefix</source>
        <comment>cloud.check.bucket-denied</comment>
        <translation>访问被拒绝（{code}）：该存储桶属于其他账户，或此身份无权列出该前缀</translation>
    </message>
    <message>
        <source>{allowed} of {needed} calls allowed for {principal} ({note})</source>
        <comment>cloud.check.calls-allowed</comment>
        <translation>{principal} 允许 {needed} 个调用中的 {allowed} 个（{note}）</translation>
    </message>
    <message>
        <source>cannot list it: {problem}</source>
        <comment>cloud.check.cannot-list</comment>
        <translation>无法列出：{problem}</translation>
    </message>
    <message>
        <source>cannot list the group's policies ({code})</source>
        <comment>cloud.check.cannot-list-group-policies</comment>
        <translation>无法列出该组的策略（{code}）</translation>
    </message>
    <message>
        <source>cannot reach {where}: {problem}</source>
        <comment>cloud.check.cannot-reach</comment>
        <translation>无法访问 {where}：{problem}</translation>
    </message>
    <message>
        <source>cannot reach S3: {problem}</source>
        <comment>cloud.check.cannot-reach-s3</comment>
        <translation>无法访问 S3：{problem}</translation>
    </message>
    <message>
        <source>cannot reach the service: {problem}</source>
        <comment>cloud.check.cannot-reach-service</comment>
        <translation>无法访问该服务：{problem}</translation>
    </message>
    <message>
        <source>cannot read it: {problem}</source>
        <comment>cloud.check.cannot-read</comment>
        <translation>无法读取：{problem}</translation>
    </message>
    <message>
        <source>this PC's clock is {seconds} s ahead of the cloud's clock; AWS rejects signatures more than 5 minutes off</source>
        <comment>cloud.check.clock-ahead</comment>
        <translation>此电脑的时钟比云的时钟快 {seconds} 秒；AWS 拒绝偏差超过 5 分钟的签名</translation>
    </message>
    <message>
        <source>this PC's clock is {seconds} s behind the cloud's clock; AWS rejects signatures more than 5 minutes off</source>
        <comment>cloud.check.clock-behind</comment>
        <translation>此电脑的时钟比云的时钟慢 {seconds} 秒；AWS 拒绝偏差超过 5 分钟的签名</translation>
    </message>
    <message>
        <source>within {seconds} s of the cloud's clock</source>
        <comment>cloud.check.clock-within</comment>
        <translation>与云的时钟相差 {seconds} 秒以内</translation>
    </message>
    <message>
        <source>{actions}: granted only under a condition (s3:prefix, iam:PassedToService, iot:thingArn) that this control plane's simulator does not evaluate</source>
        <comment>cloud.check.conditions-unverified</comment>
        <translation>{actions}：仅在某个条件下授予（s3:prefix、iam:PassedToService、iot:thingArn），而此控制平面的模拟器不评估该条件</translation>
    </message>
    <message>
        <source>is deprecated: CreateThing with it fails</source>
        <comment>cloud.check.deprecated</comment>
        <translation>已弃用：使用它执行 CreateThing 会失败</translation>
    </message>
    <message>
        <source>DescribeEndpoint failed: {problem}</source>
        <comment>cloud.check.describe-endpoint-failed</comment>
        <translation>DescribeEndpoint 失败：{problem}</translation>
    </message>
    <message>
        <source>does not exist</source>
        <comment>cloud.check.does-not-exist</comment>
        <translation>不存在</translation>
    </message>
    <message>
        <source>the embedded cloud's MQTT (mTLS) port {host}:{port} is unreachable: {error}</source>
        <comment>cloud.check.embedded-mqtt-unreachable</comment>
        <translation>内置云的 MQTT（mTLS）端口 {host}:{port} 不可达：{error}</translation>
    </message>
    <message>
        <source>exists; nothing under the prefix yet (upload firmware with `station catalog upload`)</source>
        <comment>cloud.check.empty-catalog</comment>
        <translation>已存在；该前缀下尚无内容（用 `station catalog upload` 上传固件）</translation>
    </message>
    <message>
        <source>exists; nothing under the prefix yet</source>
        <comment>cloud.check.empty-prefix</comment>
        <translation>已存在；该前缀下尚无内容</translation>
    </message>
    <message>
        <source>the device endpoint {host}:{port} is unreachable: {error}</source>
        <comment>cloud.check.endpoint-unreachable</comment>
        <translation>设备终端节点 {host}:{port} 不可达：{error}</translation>
    </message>
    <message>
        <source>not enabled in this account and region: the station follows every unit by polling (more AWS calls, slower ready)</source>
        <comment>cloud.check.events-off</comment>
        <translation>此账户和区域未启用：工作站通过轮询跟踪每台设备（更多 AWS 调用，就绪更慢）</translation>
    </message>
    <message>
        <source>enabled: units are followed to ready by events, with a slow safety poll</source>
        <comment>cloud.check.events-on</comment>
        <translation>已启用：通过事件跟踪设备直至就绪，并辅以低频安全轮询</translation>
    </message>
    <message>
        <source>exists</source>
        <comment>cloud.check.exists</comment>
        <translation>已存在</translation>
    </message>
    <message>
        <source>exists, has objects</source>
        <comment>cloud.check.has-objects</comment>
        <translation>已存在，包含对象</translation>
    </message>
    <message>
        <source>could not reach IAM to simulate: {problem}</source>
        <comment>cloud.check.iam-unreachable</comment>
        <translation>无法访问 IAM 进行模拟：{problem}</translation>
    </message>
    <message>
        <source>indicative: service control policies and permission boundaries are not seen by the simulator</source>
        <comment>cloud.check.indicative</comment>
        <translation>仅供参考：模拟器看不到服务控制策略和权限边界</translation>
    </message>
    <message>
        <source>at most {units} units/hour for every station of this account and region together, bound by {binding} ({tps} TPS, {source})</source>
        <comment>cloud.check.line-rate</comment>
        <translation>此账户和区域的所有工作站合计最多每小时 {units} 台设备，受 {binding} 限制（{tps} TPS，{source}）</translation>
    </message>
    <message>
        <source>no AWS call on a unit's critical path in certificates.mode {mode}: the line's rate is bound by the serial link, the board's key generation and the station's own work, not by the account's API quotas</source>
        <comment>cloud.check.line-rate-unbound</comment>
        <translation>在 certificates.mode {mode} 下，设备的关键路径上没有 AWS 调用：产线速率受串行链路、板卡的密钥生成和工作站自身的工作限制，而不受账户 API 配额限制</translation>
    </message>
    <message>
        <source>access denied ({code}): this identity may not read it</source>
        <comment>cloud.check.may-not-read</comment>
        <translation>访问被拒绝（{code}）：此身份无权读取</translation>
    </message>
    <message>
        <source>this identity may not read it ({code}); the station does not need to: run the check as the line engineer to see it</source>
        <comment>cloud.check.need-not-read</comment>
        <translation>此身份无权读取（{code}）；工作站不需要读取：以产线工程师身份运行检查即可查看</translation>
    </message>
    <message>
        <source>the bucket {bucket} does not exist</source>
        <comment>cloud.check.no-bucket</comment>
        <translation>存储桶 {bucket} 不存在</translation>
    </message>
    <message>
        <source>the answer carried no Date header to compare with</source>
        <comment>cloud.check.no-date-header</comment>
        <translation>应答中没有可比较的 Date 头</translation>
    </message>
    <message>
        <source>DescribeEndpoint iot:Data-ATS failed ({code})</source>
        <comment>cloud.check.no-endpoint</comment>
        <translation>DescribeEndpoint iot:Data-ATS 失败（{code}）</translation>
    </message>
    <message>
        <source>no region configured</source>
        <comment>cloud.check.no-region</comment>
        <translation>未配置区域</translation>
    </message>
    <message>
        <source>could not simulate: the station identity lacks iam:SimulatePrincipalPolicy; grant it or check by running one unit</source>
        <comment>cloud.check.no-simulator</comment>
        <translation>无法模拟：工作站身份缺少 iam:SimulatePrincipalPolicy；请授予该权限，或运行一台设备进行检查</translation>
    </message>
    <message>
        <source>'{region}' is not a region where AWS IoT Core is offered</source>
        <comment>cloud.check.not-an-iot-region</comment>
        <translation>“{region}”不是提供 AWS IoT Core 的区域</translation>
    </message>
    <message>
        <source>not simulated: {why}</source>
        <comment>cloud.check.not-simulated</comment>
        <translation>未模拟：{why}</translation>
    </message>
    <message>
        <source>its trust policy does not let iot.amazonaws.com assume it: job documents could not get pre-signed download URLs</source>
        <comment>cloud.check.not-trusted</comment>
        <translation>其信任策略不允许 iot.amazonaws.com 代入：任务文档将无法获得预签名下载 URL</translation>
    </message>
    <message>
        <source>{principal} may not {action} on {resources} ({note})</source>
        <comment>cloud.check.permission-denied</comment>
        <translation>{principal} 无权对 {resources} 执行 {action}（{note}）</translation>
    </message>
    <message>
        <source>{policy} attached</source>
        <comment>cloud.check.policy-attached</comment>
        <translation>已附加 {policy}</translation>
    </message>
    <message>
        <source>{policy} is not attached to the group (policy.attach_to = "group"): its devices could not connect</source>
        <comment>cloud.check.policy-not-attached</comment>
        <translation>{policy} 未附加到该组（policy.attach_to = "group"）：其设备将无法连接</translation>
    </message>
    <message>
        <source>this identity may not read them ({code})</source>
        <comment>cloud.check.quotas-denied</comment>
        <translation>此身份无权读取（{code}）</translation>
    </message>
    <message>
        <source>read from Service Quotas ({rates} IoT API rates)</source>
        <comment>cloud.check.quotas-read</comment>
        <translation>从 Service Quotas 读取（{rates} 个 IoT API 速率）</translation>
    </message>
    <message>
        <source>read from Service Quotas ({rates} IoT API rates); {missing} from the shipped defaults</source>
        <comment>cloud.check.quotas-read-some</comment>
        <translation>从 Service Quotas 读取（{rates} 个 IoT API 速率）；{missing} 个取自内置默认值</translation>
    </message>
    <message>
        <source>Service Quotas did not answer ({code})</source>
        <comment>cloud.check.quotas-silent</comment>
        <translation>Service Quotas 未响应（{code}）</translation>
    </message>
    <message>
        <source>account quotas not available: {why}; using the shipped defaults</source>
        <comment>cloud.check.quotas-unavailable</comment>
        <translation>账户配额不可用：{why}；使用内置默认值</translation>
    </message>
    <message>
        <source>{host}:{port} reachable ({ms} ms)</source>
        <comment>cloud.check.reachable</comment>
        <translation>{host}:{port} 可达（{ms} 毫秒）</translation>
    </message>
    <message>
        <source>{region} (control plane at {endpoint})</source>
        <comment>cloud.check.region-at</comment>
        <translation>{region}（控制平面位于 {endpoint}）</translation>
    </message>
    <message>
        <source>simulating as {principal}</source>
        <comment>cloud.check.simulating-as</comment>
        <translation>以 {principal} 身份模拟</translation>
    </message>
    <message>
        <source>could not simulate {principal}: {code}: {problem}</source>
        <comment>cloud.check.simulation-failed</comment>
        <translation>无法模拟 {principal}：{code}：{problem}</translation>
    </message>
    <message>
        <source>sts GetCallerIdentity failed: {problem}</source>
        <comment>cloud.check.sts-failed</comment>
        <translation>sts GetCallerIdentity 失败：{problem}</translation>
    </message>
    <message>
        <source>{host}:{port}: {error}</source>
        <comment>cloud.check.tls-failed</comment>
        <translation>{host}:{port}：{error}</translation>
    </message>
    <message>
        <source>TLS {version} handshake with {host}:{port}, server trusted by the device CA</source>
        <comment>cloud.check.tls-ok</comment>
        <translation>与 {host}:{port} 完成 TLS {version} 握手，服务器受设备 CA 信任</translation>
    </message>
    <message>
        <source>TLS {version} handshake with {host}:{port}, server trusted by the device CA; asks for a device certificate</source>
        <comment>cloud.check.tls-ok-asks-cert</comment>
        <translation>与 {host}:{port} 完成 TLS {version} 握手，服务器受设备 CA 信任；要求提供设备证书</translation>
    </message>
    <message>
        <source>exists; trusted by iot.amazonaws.com</source>
        <comment>cloud.check.trusted</comment>
        <translation>已存在；受 iot.amazonaws.com 信任</translation>
    </message>
    <message>
        <source>cannot ask AWS who this is: {error}: {problem}</source>
        <comment>cloud.check.who-am-i-failed</comment>
        <translation>无法向 AWS 查询当前身份：{error}：{problem}</translation>
    </message>
    <message>
        <source>the AWS client failed: {problem}</source>
        <comment>cloud.client-failed</comment>
        <translation>AWS 客户端失败：{problem}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity may not {action}</source>
        <comment>cloud.denied-action</comment>
        <translation>AWS 拒绝了 {operation}：工作站的身份无权执行 {action}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity may not {action} on {resource}</source>
        <comment>cloud.denied-action-on</comment>
        <translation>AWS 拒绝了 {operation}：工作站的身份无权对 {resource} 执行 {action}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity lacks the permission for {operation}</source>
        <comment>cloud.denied-operation</comment>
        <translation>AWS 拒绝了 {operation}：工作站的身份缺少 {operation} 的权限</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity lacks the permission for {operation} on {resource}</source>
        <comment>cloud.denied-operation-on</comment>
        <translation>AWS 拒绝了 {operation}：工作站的身份缺少对 {resource} 执行 {operation} 的权限</translation>
    </message>
    <message>
        <source>{where} · {state}</source>
        <comment>cloud.indicator</comment>
        <translation>{where} · {state}</translation>
    </message>
    <message>
        <source>a value for AWS is invalid before it was even sent: {problem}</source>
        <comment>cloud.invalid-before-sent</comment>
        <translation>发送前发现给 AWS 的值无效：{problem}</translation>
    </message>
    <message>
        <source>the login of {who} has expired (AWS answered {code}); waiting for a renewed login</source>
        <comment>cloud.login-expired</comment>
        <translation>{who} 的登录已过期（AWS 返回 {code}）；等待重新登录</translation>
    </message>
    <message>
        <source>AWS does not accept {who} (it answered {code}): the access key or session token is unknown, revoked or from another account; waiting for a renewed login</source>
        <comment>cloud.login-not-accepted</comment>
        <translation>AWS 不接受 {who}（返回 {code}）：访问密钥或会话令牌未知、已吊销或属于其他账户；等待重新登录</translation>
    </message>
    <message>
        <source>the login of {who} has expired or could not be refreshed ({error}); waiting for a renewed login</source>
        <comment>cloud.login-not-refreshed</comment>
        <translation>{who} 的登录已过期或无法刷新（{error}）；等待重新登录</translation>
    </message>
    <message>
        <source>AWS refused {op}: the device policy it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-device-policy</comment>
        <translation>AWS 拒绝了 {op}：所需的设备策略在此 AWS 账户和区域中不存在（{answer}）</translation>
    </message>
    <message>
        <source>AWS refused {op}: the resource it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-resource</comment>
        <translation>AWS 拒绝了 {op}：所需的资源在此 AWS 账户和区域中不存在（{answer}）</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing</comment>
        <translation>AWS 拒绝了 {op}：所需的事物在此 AWS 账户和区域中不存在（{answer}）</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing group it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing-group</comment>
        <translation>AWS 拒绝了 {op}：所需的事物组在此 AWS 账户和区域中不存在（{answer}）</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing type it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing-type</comment>
        <translation>AWS 拒绝了 {op}：所需的事物类型在此 AWS 账户和区域中不存在（{answer}）</translation>
    </message>
    <message>
        <source>network error ({error})</source>
        <comment>cloud.network-error</comment>
        <translation>网络错误（{error}）</translation>
    </message>
    <message>
        <source>AWS profile {profile}, region {region}: the AWS profile '{profile}' is not configured on this PC</source>
        <comment>cloud.no-aws-profile</comment>
        <translation>AWS 配置文件 {profile}，区域 {region}：此电脑上未配置 AWS 配置文件“{profile}”</translation>
    </message>
    <message>
        <source>no AWS credentials were found for {who}; waiting for a login</source>
        <comment>cloud.no-credentials</comment>
        <translation>未找到 {who} 的 AWS 凭证；等待登录</translation>
    </message>
    <message>
        <source>the thing type '{thing_type}' does not exist in this AWS account and region</source>
        <comment>cloud.no-thing-type</comment>
        <translation>事物类型“{thing_type}”在此 AWS 账户和区域中不存在</translation>
    </message>
    <message>
        <source>AWS did not accept {op} ({reason})</source>
        <comment>cloud.not-accepted</comment>
        <translation>AWS 未接受 {op}（{reason}）</translation>
    </message>
    <message>
        <source>AWS did not accept {op} within {seconds} s ({reason})</source>
        <comment>cloud.not-accepted-within</comment>
        <translation>AWS 未在 {seconds} 秒内接受 {op}（{reason}）</translation>
    </message>
    <message>
        <source>the AWS credentials found are incomplete for {who}; waiting for a login</source>
        <comment>cloud.partial-credentials</comment>
        <translation>找到的 {who} 的 AWS 凭证不完整；等待登录</translation>
    </message>
    <message>
        <source>the AWS profile '{profile}' is not configured on this PC</source>
        <comment>cloud.profile-not-configured</comment>
        <translation>此电脑上未配置 AWS 配置文件“{profile}”</translation>
    </message>
    <message>
        <source>AWS refused {op}: {answer} ({code})</source>
        <comment>cloud.refused</comment>
        <translation>AWS 拒绝了 {op}：{answer}（{code}）</translation>
    </message>
    <message>
        <source>AWS refused {operation} as invalid: {answer}</source>
        <comment>cloud.refused-invalid</comment>
        <translation>AWS 以无效为由拒绝了 {operation}：{answer}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: an account limit is reached ({answer})</source>
        <comment>cloud.refused-limit</comment>
        <translation>AWS 拒绝了 {operation}：已达到账户限额（{answer}）</translation>
    </message>
    <message>
        <source>AWS refused a request as expired ({code}): the station PC's clock is wrong, or the login of {who} is stale; waiting for a renewed login</source>
        <comment>cloud.request-expired</comment>
        <translation>AWS 以过期为由拒绝了请求（{code}）：工作站电脑的时钟不正确，或 {who} 的登录已失效；等待重新登录</translation>
    </message>
    <message>
        <source>AWS answered with a server error ({code})</source>
        <comment>cloud.server-error</comment>
        <translation>AWS 返回服务器错误（{code}）</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>cloud.state.access-denied</comment>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>bad region</source>
        <comment>cloud.state.bad-region</comment>
        <translation>区域错误</translation>
    </message>
    <message>
        <source>clock wrong</source>
        <comment>cloud.state.clock-wrong</comment>
        <translation>时钟错误</translation>
    </message>
    <message>
        <source>credentials broken</source>
        <comment>cloud.state.credentials-broken</comment>
        <translation>凭证损坏</translation>
    </message>
    <message>
        <source>credentials expired</source>
        <comment>cloud.state.credentials-expired</comment>
        <translation>凭证已过期</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <comment>cloud.state.credentials-rejected</comment>
        <translation>凭证被拒绝</translation>
    </message>
    <message>
        <source>endpoint TLS broken</source>
        <comment>cloud.state.endpoint-tls-broken</comment>
        <translation>终端节点 TLS 异常</translation>
    </message>
    <message>
        <source>endpoint unknown</source>
        <comment>cloud.state.endpoint-unknown</comment>
        <translation>终端节点未知</translation>
    </message>
    <message>
        <source>endpoint unreachable</source>
        <comment>cloud.state.endpoint-unreachable</comment>
        <translation>终端节点不可达</translation>
    </message>
    <message>
        <source>job events off</source>
        <comment>cloud.state.job-events-off</comment>
        <translation>任务事件已关闭</translation>
    </message>
    <message>
        <source>no credentials</source>
        <comment>cloud.state.no-credentials</comment>
        <translation>无凭证</translation>
    </message>
    <message>
        <source>no region</source>
        <comment>cloud.state.no-region</comment>
        <translation>无区域</translation>
    </message>
    <message>
        <source>not set up</source>
        <comment>cloud.state.not-set-up</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>cloud.state.ok</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>permission missing</source>
        <comment>cloud.state.permission-missing</comment>
        <translation>缺少权限</translation>
    </message>
    <message>
        <source>problem</source>
        <comment>cloud.state.problem</comment>
        <translation>问题</translation>
    </message>
    <message>
        <source>AWS profile missing</source>
        <comment>cloud.state.profile-missing</comment>
        <translation>缺少 AWS 配置文件</translation>
    </message>
    <message>
        <source>cloud unreachable</source>
        <comment>cloud.state.unreachable</comment>
        <translation>云不可达</translation>
    </message>
    <message>
        <source>AWS is throttling requests</source>
        <comment>cloud.throttled</comment>
        <translation>AWS 正在限制请求速率</translation>
    </message>
    <message>
        <source>waiting for AWS: {reason} ({op})</source>
        <comment>cloud.waiting</comment>
        <translation>等待 AWS：{reason}（{op}）</translation>
    </message>
    <message>
        <source>AWS {account} · {region}</source>
        <comment>cloud.where-aws</comment>
        <translation>AWS {account} · {region}</translation>
    </message>
    <message>
        <source>embedded cloud</source>
        <comment>cloud.where-embedded</comment>
        <translation>内置云</translation>
    </message>
    <message>
        <source>embedded demo</source>
        <comment>cloud.where-embedded-demo</comment>
        <translation>内置演示</translation>
    </message>
    <message>
        <source>AWS profile '{profile}'</source>
        <comment>cloud.who-profile</comment>
        <translation>AWS 配置文件“{profile}”</translation>
    </message>
    <message>
        <source>the station's AWS credentials</source>
        <comment>cloud.who-station</comment>
        <translation>工作站的 AWS 凭证</translation>
    </message>
    <message>
        <source>the board's key uses curve {curve}, AWS IoT accepts P-256/P-384/P-521</source>
        <comment>csr.bad-curve</comment>
        <translation>板卡密钥使用曲线 {curve}，AWS IoT 接受 P-256/P-384/P-521</translation>
    </message>
    <message>
        <source>the board's key type {key_type} is not accepted by AWS IoT</source>
        <comment>csr.bad-key-type</comment>
        <translation>AWS IoT 不接受板卡的密钥类型 {key_type}</translation>
    </message>
    <message>
        <source>the board's CSR signature does not verify (corrupt or forged CSR)</source>
        <comment>csr.bad-signature</comment>
        <translation>板卡 CSR 的签名验证失败（CSR 损坏或伪造）</translation>
    </message>
    <message>
        <source>the board's CSR is not valid PEM/DER: {problem}</source>
        <comment>csr.not-pem</comment>
        <translation>板卡的 CSR 不是有效的 PEM/DER：{problem}</translation>
    </message>
    <message>
        <source>the CSR's public key differs from the key the board reports holding</source>
        <comment>csr.other-key</comment>
        <translation>CSR 中的公钥密钥与板卡报告持有的密钥不同</translation>
    </message>
    <message>
        <source>the board's RSA key has {bits} bits, at least 2048 are required</source>
        <comment>csr.short-rsa</comment>
        <translation>板卡的 RSA 密钥为 {bits} 位，至少需要 2048 位</translation>
    </message>
    <message>
        <source>the CSR's signatureAlgorithm uses {hash}, which is not accepted: a CSR must be signed with SHA-256 or stronger</source>
        <comment>csr.weak-hash</comment>
        <translation>CSR 的 signatureAlgorithm 使用 {hash}，不被接受：CSR 必须使用 SHA-256 或更强的算法签名</translation>
    </message>
    <message>
        <source>the CSR's common name is '{cn}', expected the thing name '{thing_name}'</source>
        <comment>csr.wrong-cn</comment>
        <translation>CSR 的通用名称为“{cn}”，应为事物名称“{thing_name}”</translation>
    </message>
    <message>
        <source>the demo needs 1 to {max} virtual boards, not {boards}</source>
        <comment>demo.boards</comment>
        <translation>演示需要 1 到 {max} 块虚拟板卡，而不是 {boards}</translation>
    </message>
    <message>
        <source>--fault {number}={spec}: board {number} is {kind}: {problem}</source>
        <comment>demo.fault-kind</comment>
        <translation>--fault {number}={spec}：板卡 {number} 是{kind}：{problem}</translation>
    </message>
    <message>
        <source>an nRF91 modem</source>
        <comment>demo.kind-modem</comment>
        <translation>nRF91 调制解调器</translation>
    </message>
    <message>
        <source>a reference board</source>
        <comment>demo.kind-reference</comment>
        <translation>参考板卡</translation>
    </message>
    <message>
        <source>--nrf91 {nrf91} asks for more nRF91 modems than the {boards} boards</source>
        <comment>demo.modems</comment>
        <translation>--nrf91 {nrf91} 要求的 nRF91 调制解调器多于 {boards} 块板卡</translation>
    </message>
    <message>
        <source>--fault {number}={spec}: there is no board {number} (the demo has {boards})</source>
        <comment>demo.no-board</comment>
        <translation>--fault {number}={spec}：没有板卡 {number}（演示共有 {boards} 块）</translation>
    </message>
    <message>
        <source>{detail}; {then}</source>
        <comment>detail.and</comment>
        <translation>{detail}；{then}</translation>
    </message>
    <message>
        <source>{detail}: {why}</source>
        <comment>detail.because</comment>
        <translation>{detail}：{why}</translation>
    </message>
    <message>
        <source>certificate {certificate}</source>
        <comment>detail.certificate</comment>
        <translation>证书 {certificate}</translation>
    </message>
    <message>
        <source>board refused a CSR: using cloud-generated keys</source>
        <comment>detail.cloud-keys</comment>
        <translation>板卡拒绝生成 CSR：改用云生成的密钥</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name)</source>
        <comment>detail.csr-checked</comment>
        <translation>CSR 已检查（签名、密钥、通用名称）</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name); new key for rework</source>
        <comment>detail.csr-checked-rework</comment>
        <translation>CSR 已检查（签名、密钥、通用名称）；返工使用新密钥</translation>
    </message>
    <message>
        <source>CSR from the board's existing key</source>
        <comment>detail.existing-key</comment>
        <translation>CSR 来自板卡已有的密钥</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name)</source>
        <comment>detail.factory-ca.csr</comment>
        <translation>CSR 已检查（签名、密钥、通用名称）</translation>
    </message>
    <message>
        <source>registered: thing {thing}, certificate {certificate} ACTIVE</source>
        <comment>detail.factory-ca.registered</comment>
        <translation>已注册：事物 {thing}，证书 {certificate} ACTIVE</translation>
    </message>
    <message>
        <source>signed by the line CA: certificate {certificate}, valid until {until}</source>
        <comment>detail.factory-ca.signed</comment>
        <translation>由产线 CA 签发：证书 {certificate}，有效期至 {until}</translation>
    </message>
    <message>
        <source>claim certificate {certificate}, template {template}</source>
        <comment>detail.fleet-claim.claim</comment>
        <translation>申领证书 {certificate}，模板 {template}</translation>
    </message>
    <message>
        <source>registered itself: thing {thing}, certificate {certificate} ACTIVE</source>
        <comment>detail.fleet-claim.registered</comment>
        <translation>已自行注册：事物 {thing}，证书 {certificate} ACTIVE</translation>
    </message>
    <message>
        <source>hashes match (the claim key is checked as sent)</source>
        <comment>detail.fleet-claim.verified</comment>
        <translation>哈希一致（申领密钥按发送时的内容检查）</translation>
    </message>
    <message>
        <source>registered in AWS IoT: certificate {certificate} ACTIVE, thing {thing} exists (found by {by})</source>
        <comment>detail.found-registered-later</comment>
        <translation>已在 AWS IoT 中注册：证书 {certificate} ACTIVE，事物 {thing} 存在（通过 {by} 找到）</translation>
    </message>
    <message>
        <source>group {group}</source>
        <comment>detail.group</comment>
        <translation>组 {group}</translation>
    </message>
    <message>
        <source>group {group}; retired certificate {retired}</source>
        <comment>detail.group-retired</comment>
        <translation>组 {group}；已停用证书 {retired}</translation>
    </message>
    <message>
        <source>{model} {serial} hw {hw}</source>
        <comment>detail.identified</comment>
        <translation>{model} {serial} 硬件 {hw}</translation>
    </message>
    <message>
        <source>set INACTIVE certificate {certificates} of an interrupted attempt: the board has replaced that key and cannot report keys, so it could not be reused</source>
        <comment>detail.leftovers-retired</comment>
        <translation>已将中断尝试的证书 {certificates} 设为 INACTIVE：板卡已更换该密钥且无法报告密钥，因此无法重用</translation>
    </message>
    <message>
        <source>new certificate {certificate}</source>
        <comment>detail.new-certificate</comment>
        <translation>新证书 {certificate}</translation>
    </message>
    <message>
        <source>no current job for group {group}: ready once registered</source>
        <comment>detail.no-job</comment>
        <translation>组 {group} 没有当前任务：注册后即就绪</translation>
    </message>
    <message>
        <source>device online: it started job {job}</source>
        <comment>detail.online</comment>
        <translation>设备已上线：已开始任务 {job}</translation>
    </message>
    <message>
        <source>ready: {reached}</source>
        <comment>detail.ready</comment>
        <translation>就绪：{reached}</translation>
    </message>
    <message>
        <source>reusing certificate {certificate}</source>
        <comment>detail.reusing-certificate</comment>
        <translation>重用证书 {certificate}</translation>
    </message>
    <message>
        <source>hashes match; the certificate's key is the key of the board's CSR</source>
        <comment>detail.verified-csr-key</comment>
        <translation>哈希一致；证书的密钥即板卡 CSR 的密钥</translation>
    </message>
    <message>
        <source>hashes and public key match</source>
        <comment>detail.verified-key</comment>
        <translation>哈希和公钥密钥一致</translation>
    </message>
    <message>
        <source>the board cannot report the key it held, so its earlier certificate could not be reused: it made a new key and the old certificate was retired</source>
        <comment>detail.why-keyless</comment>
        <translation>板卡无法报告其原有密钥，因此无法重用之前的证书：它生成了新密钥，旧证书已停用</translation>
    </message>
    <message>
        <source>{objects} object(s), {size} bytes</source>
        <comment>detail.written</comment>
        <translation>{objects} 个对象，{size} 字节</translation>
    </message>
    <message>
        <source>{objects} object(s), {size} bytes; {skipped} already on the board</source>
        <comment>detail.written-skipped</comment>
        <translation>{objects} 个对象，{size} 字节；{skipped} 个已在板卡上</translation>
    </message>
    <message>
        <source>AWS IoT holds this unit's certificate {certificate} as {status}: it was revoked or deactivated</source>
        <comment>factory-ca.certificate-retired</comment>
        <translation>AWS IoT 中此设备的证书 {certificate} 为 {status}：它已被吊销或停用</translation>
    </message>
    <message>
        <source>serial {serial} is already registered in AWS IoT (thing {thing} exists) and the rework policy is '{policy}'</source>
        <comment>factory-ca.duplicate</comment>
        <translation>序列号 {serial} 已在 AWS IoT 中注册（事物 {thing} 存在），且返工策略为“{policy}”</translation>
    </message>
    <message>
        <source>the cloud is unreachable and the records already hold a verified provisioning of serial {serial} ({earlier}); the rework policy is '{policy}'</source>
        <comment>factory-ca.duplicate-recorded</comment>
        <translation>云不可达，且记录中已有序列号 {serial} 的已验证配置（{earlier}）；返工策略为“{policy}”</translation>
    </message>
    <message>
        <source>the board cannot generate its own key (no 'csr' capability); factory-ca signs only keys made on the board</source>
        <comment>factory-ca.no-csr</comment>
        <translation>板卡无法自行生成密钥（不具备“csr”能力）；factory-ca 只签名在板卡上生成的密钥</translation>
    </message>
    <message>
        <source>the device endpoint is not known: the station started without reaching AWS and the profile has no cloud.mqtt_endpoint</source>
        <comment>factory-ca.no-endpoint</comment>
        <translation>设备终端节点未知：工作站启动时未能连接 AWS，且配置文件中没有 cloud.mqtt_endpoint</translation>
    </message>
    <message>
        <source>the board reports no hardware revision, and AWS IoT's just-in-time provisioning needs every field of the certificate's subject (the revision goes in its dnQualifier)</source>
        <comment>factory-ca.no-hw-revision</comment>
        <translation>板卡未报告硬件版本，而 AWS IoT 的即时配置需要证书主题的每个字段（版本写在其 dnQualifier 中）</translation>
    </message>
    <message>
        <source>the profile's certificates.mode is "factory-ca" but the station has no line CA open</source>
        <comment>factory-ca.no-line-ca</comment>
        <translation>配置文件的 certificates.mode 为 "factory-ca"，但工作站没有打开产线 CA</translation>
    </message>
    <message>
        <source>AWS has not seen the board connect within {seconds} s</source>
        <comment>factory-ca.wait-timeout</comment>
        <translation>AWS 在 {seconds} 秒内未看到板卡连接</translation>
    </message>
    <message>
        <source>the cloud is unreachable; keys, signing, writing and verification are done</source>
        <comment>factory-ca.wait-unreachable</comment>
        <translation>云不可达；密钥、签名、写入和验证均已完成</translation>
    </message>
    <message>
        <source>the profile's certificates.mode is "fleet-claim" but the station has no claim source</source>
        <comment>fleet-claim.no-claims</comment>
        <translation>配置文件的 certificates.mode 为 "fleet-claim"，但工作站没有申领来源</translation>
    </message>
    <message>
        <source>the device endpoint is not known</source>
        <comment>fleet-claim.no-endpoint</comment>
        <translation>设备终端节点未知</translation>
    </message>
    <message>
        <source>the board reports it registered, but AWS IoT does not hold {what}</source>
        <comment>fleet-claim.not-registered</comment>
        <translation>板卡报告已注册，但 AWS IoT 中没有{what}</translation>
    </message>
    <message>
        <source>the {driver} driver's boards cannot register themselves with a claim certificate, but the profile asks for fleet provisioning by claim (certificates.mode = "fleet-claim")</source>
        <comment>fleet-claim.not-supported</comment>
        <translation>驱动 {driver} 的板卡无法使用申领证书自行注册，但配置文件要求通过申领进行队列配置（certificates.mode = "fleet-claim"）</translation>
    </message>
    <message>
        <source>the board registered as thing {reported}, not {thing}</source>
        <comment>fleet-claim.other-thing</comment>
        <translation>板卡注册为事物 {reported}，而不是 {thing}</translation>
    </message>
    <message>
        <source>the board did not report its registration within {seconds} s (last: {state} at {where})</source>
        <comment>fleet-claim.register-timeout</comment>
        <translation>板卡未在 {seconds} 秒内报告注册（最后：{state}，位于 {where}）</translation>
    </message>
    <message>
        <source>certificate {certificate} ACTIVE and attached to {thing}</source>
        <comment>fleet-claim.what-certificate</comment>
        <translation>证书 {certificate} ACTIVE 并已附加到 {thing}</translation>
    </message>
    <message>
        <source>thing {thing}</source>
        <comment>fleet-claim.what-thing</comment>
        <translation>事物 {thing}</translation>
    </message>
    <message>
        <source>AWS IoT has no provisioning template '{template}' to make a claim certificate for</source>
        <comment>fleet.claim-no-template</comment>
        <translation>AWS IoT 中没有可用于创建申领证书的配置模板“{template}”</translation>
    </message>
    <message>
        <source>the claim certificate AWS issued has only {seconds} s left</source>
        <comment>fleet.claim-short-lived</comment>
        <translation>AWS 签发的申领证书只剩 {seconds} 秒有效期</translation>
    </message>
    <message>
        <source>fleet-claim puts every thing in a group, and no [[groups]] rule matches model '{model}' hardware revision '{hw}'</source>
        <comment>fleet.no-group</comment>
        <translation>fleet-claim 会将每个事物放入一个组，但没有 [[groups]] 规则匹配型号“{model}”硬件版本“{hw}”</translation>
    </message>
    <message>
        <source>AWS failed the board's registration on its side ({code}: {answer})</source>
        <comment>fleet.refused-aws</comment>
        <translation>板卡的注册在 AWS 一侧失败（{code}：{answer}）</translation>
    </message>
    <message>
        <source>AWS refused the board's connection with the claim certificate (expired, or not allowed by its policy) ({code}: {answer})</source>
        <comment>fleet.refused-claim</comment>
        <translation>AWS 拒绝了板卡使用申领证书的连接（已过期，或其策略不允许）（{code}：{answer}）</translation>
    </message>
    <message>
        <source>AWS refused the board's certificate request (create-from-csr): the key or CSR the board made is not acceptable ({code}: {answer})</source>
        <comment>fleet.refused-csr</comment>
        <translation>AWS 拒绝了板卡的证书请求（create-from-csr）：板卡生成的密钥或 CSR 不被接受（{code}：{answer}）</translation>
    </message>
    <message>
        <source>AWS has no enabled provisioning template '{template}' ({code}: {answer})</source>
        <comment>fleet.refused-no-template</comment>
        <translation>AWS 中没有已启用的配置模板“{template}”（{code}：{answer}）</translation>
    </message>
    <message>
        <source>AWS refused to register the thing with template '{template}': the template and this profile disagree on the unit's parameters ({code}: {answer})</source>
        <comment>fleet.refused-parameters</comment>
        <translation>AWS 拒绝使用模板“{template}”注册事物：模板与此配置文件对设备参数的定义不一致（{code}：{answer}）</translation>
    </message>
    <message>
        <source>AWS IoT could not apply template '{template}': its provisioning role may not make the writes the template asks for ({code}: {answer})</source>
        <comment>fleet.refused-role</comment>
        <translation>AWS IoT 无法应用模板“{template}”：其配置角色无权执行模板要求的写入（{code}：{answer}）</translation>
    </message>
    <message>
        <source>AWS is throttling fleet provisioning in this account ({code}: {answer})</source>
        <comment>fleet.refused-throttled</comment>
        <translation>AWS 正在限制此账户的队列配置（{code}：{answer}）</translation>
    </message>
    <message>
        <source>AWS refused the board's registration: the certificate ownership token was invalid or expired ({code}: {answer})</source>
        <comment>fleet.refused-token</comment>
        <translation>AWS 拒绝了板卡的注册：证书所有权令牌无效或已过期（{code}：{answer}）</translation>
    </message>
    <message>
        <source>AWS refused the board's fleet provisioning at step '{where}' ({code}: {answer})</source>
        <comment>fleet.refused-unknown</comment>
        <translation>AWS 在步骤“{where}”拒绝了板卡的队列配置（{code}：{answer}）</translation>
    </message>
    <message>
        <source>{what} '{value}' is not valid ({allowed}; at most 64, starting with a letter or digit)</source>
        <comment>jobs.bad-name</comment>
        <translation>{what}“{value}”无效（{allowed}；最多 64 个，以字母或数字开头）</translation>
    </message>
    <message>
        <source>the station may not read the catalog s3://{bucket}/{key}</source>
        <comment>jobs.catalog-denied</comment>
        <translation>工作站无权读取目录 s3://{bucket}/{key}</translation>
    </message>
    <message>
        <source>configuration is invalid at {path}: {problem}</source>
        <comment>jobs.config-invalid</comment>
        <translation>配置在 {path} 处无效：{problem}</translation>
    </message>
    <message>
        <source>the firmware image is empty</source>
        <comment>jobs.empty-image</comment>
        <translation>固件映像为空</translation>
    </message>
    <message>
        <source>{what} was {status} for this unit</source>
        <comment>jobs.ended</comment>
        <translation>{what} 对此设备的状态为 {status}</translation>
    </message>
    <message>
        <source>thing group '{group}' can hold models {models}</source>
        <comment>jobs.group-models</comment>
        <translation>事物组“{group}”可包含型号 {models}</translation>
    </message>
    <message>
        <source>thing group '{group}' is not in the profile's [[groups]], so its model is unknown</source>
        <comment>jobs.group-not-in-profile</comment>
        <translation>事物组“{group}”不在配置文件的 [[groups]] 中，因此其型号未知</translation>
    </message>
    <message>
        <source>job {job} is current but delivers other content than the catalog now holds for {version} (the catalog object was replaced after the release)</source>
        <comment>jobs.id-other-content</comment>
        <translation>任务 {job} 为当前任务，但下发的内容与目录中 {version} 现有的内容不同（发布后目录对象被替换）</translation>
    </message>
    <message>
        <source>job {job} already exists with status {status} (targets {targets})</source>
        <comment>jobs.id-taken</comment>
        <translation>任务 {job} 已存在，状态为 {status}（目标 {targets}）</translation>
    </message>
    <message>
        <source>{kind} {version} (job {job})</source>
        <comment>jobs.job</comment>
        <translation>{kind} {version}（任务 {job}）</translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <comment>jobs.model-chars</comment>
        <translation>字母、数字、_ 和 -</translation>
    </message>
    <message>
        <source>the targets are different models ({models})</source>
        <comment>jobs.models-differ</comment>
        <translation>目标是不同的型号（{models}）</translation>
    </message>
    <message>
        <source>the catalog bucket '{bucket}' does not exist</source>
        <comment>jobs.no-catalog-bucket</comment>
        <translation>目录存储桶“{bucket}”不存在</translation>
    </message>
    <message>
        <source>thing group '{group}' does not exist</source>
        <comment>jobs.no-group</comment>
        <translation>事物组“{group}”不存在</translation>
    </message>
    <message>
        <source>there is no job '{job}'</source>
        <comment>jobs.no-job</comment>
        <translation>不存在任务“{job}”</translation>
    </message>
    <message>
        <source>no target given</source>
        <comment>jobs.no-target</comment>
        <translation>未指定目标</translation>
    </message>
    <message>
        <source>no uploaded configuration at s3://{bucket}/{key}</source>
        <comment>jobs.no-upload</comment>
        <translation>s3://{bucket}/{key} 处没有已上传的配置</translation>
    </message>
    <message>
        <source>the device could not apply {what}</source>
        <comment>jobs.not-applied</comment>
        <translation>设备无法应用 {what}</translation>
    </message>
    <message>
        <source>the device could not apply {what}: {reason}</source>
        <comment>jobs.not-applied-because</comment>
        <translation>设备无法应用 {what}：{reason}</translation>
    </message>
    <message>
        <source>{kind} {model} {version} is not in the catalog (s3://{bucket}/{key})</source>
        <comment>jobs.not-in-catalog</comment>
        <translation>{kind} {model} {version} 不在目录中（s3://{bucket}/{key}）</translation>
    </message>
    <message>
        <source>the unit did not come online within {seconds} s after its reboot</source>
        <comment>jobs.not-online</comment>
        <translation>设备重启后 {seconds} 秒内未上线</translation>
    </message>
    <message>
        <source>not ready after {seconds} s: still waiting for {waiting}</source>
        <comment>jobs.not-ready</comment>
        <translation>{seconds} 秒后仍未就绪：仍在等待 {waiting}</translation>
    </message>
    <message>
        <source>'{key}' is not an upload key ({prefix}uploads/THING/STAMP.json)</source>
        <comment>jobs.not-upload-key</comment>
        <translation>“{key}”不是上传键（{prefix}uploads/THING/STAMP.json）</translation>
    </message>
    <message>
        <source>release notes are {length} characters; at most {limit} fit in S3 metadata</source>
        <comment>jobs.notes-too-long</comment>
        <translation>发布说明有 {length} 个字符；S3 元数据最多容纳 {limit} 个</translation>
    </message>
    <message>
        <source>s3://{bucket}/{key} exists but the station may not read it</source>
        <comment>jobs.object-denied</comment>
        <translation>s3://{bucket}/{key} 存在，但工作站无权读取</translation>
    </message>
    <message>
        <source>give exactly one of an uploaded configuration's key or a catalog config version</source>
        <comment>jobs.one-config-source</comment>
        <translation>只能指定一项：已上传配置的键，或目录中的配置版本</translation>
    </message>
    <message>
        <source>the device refused {what}</source>
        <comment>jobs.refused</comment>
        <translation>设备拒绝了 {what}</translation>
    </message>
    <message>
        <source>the device refused {what}: {reason}</source>
        <comment>jobs.refused-because</comment>
        <translation>设备拒绝了 {what}：{reason}</translation>
    </message>
    <message>
        <source>'{name}' is both a thing and a thing group</source>
        <comment>jobs.target-both</comment>
        <translation>“{name}”既是事物又是事物组</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group ARN</source>
        <comment>jobs.target-not-arn</comment>
        <translation>“{name}”既不是事物 ARN，也不是事物组 ARN</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group</source>
        <comment>jobs.target-not-found</comment>
        <translation>“{name}”既不是事物也不是事物组</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group this station may use (the profile's name prefixes and groups)</source>
        <comment>jobs.target-not-found-here</comment>
        <translation>“{name}”既不是本工作站可用的事物，也不是可用的事物组（配置文件的名称前缀和组）</translation>
    </message>
    <message>
        <source>cannot tell the model of thing '{thing}'</source>
        <comment>jobs.thing-model-unknown</comment>
        <translation>无法确定事物“{thing}”的型号</translation>
    </message>
    <message>
        <source>the device did not finish {what} in time (the job's timeout ran out)</source>
        <comment>jobs.timed-out</comment>
        <translation>设备未能及时完成 {what}（任务超时）</translation>
    </message>
    <message>
        <source>unknown catalog kind '{kind}' (known: {known})</source>
        <comment>jobs.unknown-catalog-kind</comment>
        <translation>未知的目录类型“{kind}”（已知：{known}）</translation>
    </message>
    <message>
        <source>unknown release kind '{kind}' (known: {known})</source>
        <comment>jobs.unknown-release-kind</comment>
        <translation>未知的发布类型“{kind}”（已知：{known}）</translation>
    </message>
    <message>
        <source>unknown job status '{status}' (known: {known})</source>
        <comment>jobs.unknown-status</comment>
        <translation>未知的任务状态“{status}”（已知：{known}）</translation>
    </message>
    <message>
        <source>firmware {problem}</source>
        <comment>jobs.unordered-version</comment>
        <translation>固件 {problem}</translation>
    </message>
    <message>
        <source>letters, digits and . + _ -</source>
        <comment>jobs.version-chars</comment>
        <translation>字母、数字及 . + _ -</translation>
    </message>
    <message>
        <source>{kind} {model} {version} is already in the catalog</source>
        <comment>jobs.version-exists</comment>
        <translation>{kind} {model} {version} 已在目录中</translation>
    </message>
    <message>
        <source>the label of {serial} is already waiting to be printed</source>
        <comment>labels.already-queued</comment>
        <translation>{serial} 的标签已在等待打印</translation>
    </message>
    <message>
        <source>printer address '{printer}' is not tcp://host[:port] or serial:&lt;port&gt;[?baud=N]</source>
        <comment>labels.bad-address</comment>
        <translation>打印机地址“{printer}”不是 tcp://host[:port] 或 serial:&lt;port&gt;[?baud=N]</translation>
    </message>
    <message>
        <source>printer head open</source>
        <comment>labels.head-open</comment>
        <translation>打印机打印头打开</translation>
    </message>
    <message>
        <source>the printer does not answer its status (paper out, head open or ribbon out)</source>
        <comment>labels.no-status</comment>
        <translation>打印机未返回状态（缺纸、打印头打开或色带用尽）</translation>
    </message>
    <message>
        <source>labels are not printed on this station (labels.enabled is off, or the station is not running)</source>
        <comment>labels.not-enabled</comment>
        <translation>本工作站不打印标签（labels.enabled 已关闭，或工作站未运行）</translation>
    </message>
    <message>
        <source>printer {printer} is offline</source>
        <comment>labels.offline</comment>
        <translation>打印机 {printer} 离线</translation>
    </message>
    <message>
        <source>printer out of paper</source>
        <comment>labels.paper-out</comment>
        <translation>打印机缺纸</translation>
    </message>
    <message>
        <source>printer paused</source>
        <comment>labels.paused</comment>
        <translation>打印机已暂停</translation>
    </message>
    <message>
        <source>printing the label failed: {error}</source>
        <comment>labels.print-error</comment>
        <translation>标签打印失败：{error}</translation>
    </message>
    <message>
        <source>printer out of ribbon</source>
        <comment>labels.ribbon-out</comment>
        <translation>打印机色带用尽</translation>
    </message>
    <message>
        <source>printer {printer} stopped answering while the label was sent</source>
        <comment>labels.send-failed</comment>
        <translation>发送标签时打印机 {printer} 停止响应</translation>
    </message>
    <message>
        <source>the label template cannot be filled: {problem}</source>
        <comment>labels.template-failed</comment>
        <translation>无法填充标签模板：{problem}</translation>
    </message>
    <message>
        <source>could not run {command}: {problem}</source>
        <comment>localcloud.cannot-run</comment>
        <translation>无法运行 {command}：{problem}</translation>
    </message>
    <message>
        <source>the local cloud exited early with code {code}; last log lines:
{tail}</source>
        <comment>localcloud.exited</comment>
        <translation>本地云提前退出，代码 {code}；最后的日志行：
{tail}</translation>
    </message>
    <message>
        <source>could not fetch the device CA (HTTP {status}: {answer})</source>
        <comment>localcloud.no-ca</comment>
        <translation>无法获取设备 CA（HTTP {status}：{answer}）</translation>
    </message>
    <message>
        <source>ministack is not installed in {python}</source>
        <comment>localcloud.not-installed</comment>
        <translation>{python} 中未安装 ministack</translation>
    </message>
    <message>
        <source>the local cloud is not running</source>
        <comment>localcloud.not-running</comment>
        <translation>本地云未运行</translation>
    </message>
    <message>
        <source>could not bind a loopback port twice in a row: {problem}</source>
        <comment>localcloud.ports-taken</comment>
        <translation>连续两次无法绑定回环端口：{problem}</translation>
    </message>
    <message>
        <source>the local cloud did not become healthy in time; last health check: {last}</source>
        <comment>localcloud.unhealthy</comment>
        <translation>本地云未能及时就绪；最近一次健康检查：{last}</translation>
    </message>
    <message>
        <source>{role} locked after {wait} without input</source>
        <comment>lockout.idle-relocked</comment>
        <translation>{wait} 无操作后 {role} 已锁定</translation>
    </message>
    <message>
        <source>too many wrong PINs: try again in {wait}</source>
        <comment>lockout.try-again</comment>
        <translation>错误 PIN 次数过多：请在 {wait} 后重试</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>lockout.wait-minutes</comment>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <comment>lockout.wait-minutes-seconds</comment>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>lockout.wait-seconds</comment>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <comment>lockout.wrong-pin</comment>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <source>wrong PIN: locked for {wait}</source>
        <comment>lockout.wrong-pin-locked</comment>
        <translation>PIN 错误：锁定 {wait}</translation>
    </message>
    <message>
        <source>waiting for the board's first connect</source>
        <comment>note.factory-ca.first-connect</comment>
        <translation>等待板卡首次连接</translation>
    </message>
    <message>
        <source>answer to '{command}': {problem}</source>
        <comment>nrf91.bad-answer</comment>
        <translation>对“{command}”的应答：{problem}</translation>
    </message>
    <message>
        <source>the thing name {name} has characters the modem's CSR subject cannot carry</source>
        <comment>nrf91.bad-cn</comment>
        <translation>事物名称 {name} 含有调制解调器 CSR 主题无法容纳的字符</translation>
    </message>
    <message>
        <source>modem identity field '{field}' is not acceptable: {value}</source>
        <comment>nrf91.bad-identity</comment>
        <translation>调制解调器身份字段“{field}”不可接受：{value}</translation>
    </message>
    <message>
        <source>modem identity field 'imei' is not a valid IMEI: {value}</source>
        <comment>nrf91.bad-imei</comment>
        <translation>调制解调器身份字段“imei”不是有效的 IMEI：{value}</translation>
    </message>
    <message>
        <source>the modem is still active (online), and it refuses credential changes while active</source>
        <comment>nrf91.cme.active</comment>
        <translation>调制解调器仍处于活动（在线）状态，活动时拒绝修改凭据</translation>
    </message>
    <message>
        <source>the modem does not support that functional mode</source>
        <comment>nrf91.cme.cfun-unsupported</comment>
        <translation>调制解调器不支持该功能模式</translation>
    </message>
    <message>
        <source>a credential already exists at that security tag and type</source>
        <comment>nrf91.cme.cmng-exists</comment>
        <translation>该安全标签和类型下已存在凭据</translation>
    </message>
    <message>
        <source>the modem's credential memory is full</source>
        <comment>nrf91.cme.cmng-full</comment>
        <translation>调制解调器的凭据存储已满</translation>
    </message>
    <message>
        <source>the modem does not allow access to that security tag (reserved or protected)</source>
        <comment>nrf91.cme.cmng-no-access</comment>
        <translation>调制解调器不允许访问该安全标签（保留或受保护）</translation>
    </message>
    <message>
        <source>the modem has no credential at that security tag and type</source>
        <comment>nrf91.cme.cmng-not-found</comment>
        <translation>调制解调器在该安全标签和类型下没有凭据</translation>
    </message>
    <message>
        <source>the modem rejected the credential command's parameters</source>
        <comment>nrf91.cme.cmng-parameters</comment>
        <translation>调制解调器拒绝了凭据命令的参数</translation>
    </message>
    <message>
        <source>the command is disabled in this modem firmware build</source>
        <comment>nrf91.cme.disabled</comment>
        <translation>此调制解调器固件版本中该命令已禁用</translation>
    </message>
    <message>
        <source>the modem answered ERROR (it did not accept the command)</source>
        <comment>nrf91.cme.error</comment>
        <translation>调制解调器返回 ERROR（未接受该命令）</translation>
    </message>
    <message>
        <source>the modem failed to generate a key pair</source>
        <comment>nrf91.cme.keygen-failed</comment>
        <translation>调制解调器生成密钥对失败</translation>
    </message>
    <message>
        <source>the modem's key memory is full</source>
        <comment>nrf91.cme.keygen-full</comment>
        <translation>调制解调器的密钥存储已满</translation>
    </message>
    <message>
        <source>the modem does not allow a key in that security tag (reserved or protected)</source>
        <comment>nrf91.cme.keygen-no-access</comment>
        <translation>调制解调器不允许在该安全标签中存放密钥（保留或受保护）</translation>
    </message>
    <message>
        <source>the modem could not find what key generation needs in that security tag</source>
        <comment>nrf91.cme.keygen-not-found</comment>
        <translation>调制解调器在该安全标签中找不到密钥生成所需的内容</translation>
    </message>
    <message>
        <source>the modem rejected the key generation parameters (sec_tag or the CSR's subject)</source>
        <comment>nrf91.cme.keygen-parameters</comment>
        <translation>调制解调器拒绝了密钥生成参数（sec_tag 或 CSR 主题）</translation>
    </message>
    <message>
        <source>the modem rejected the command's parameters</source>
        <comment>nrf91.cme.parameters</comment>
        <translation>调制解调器拒绝了命令参数</translation>
    </message>
    <message>
        <source>the modem reports a power-off warning (supply voltage too low) and blocks writes to its memory</source>
        <comment>nrf91.cme.power-off-warning</comment>
        <translation>调制解调器报告断电警告（供电电压过低），并阻止写入其存储</translation>
    </message>
    <message>
        <source>the modem refused {command} with error code {code}</source>
        <comment>nrf91.cme.unknown</comment>
        <translation>调制解调器以错误码 {code} 拒绝了 {command}</translation>
    </message>
    <message>
        <source>the modem firmware does not support this command</source>
        <comment>nrf91.cme.unsupported</comment>
        <translation>调制解调器固件不支持此命令</translation>
    </message>
    <message>
        <source>%KEYGEN: the CSR is not valid DER</source>
        <comment>nrf91.csr-not-der</comment>
        <translation>%KEYGEN：CSR 不是有效的 DER</translation>
    </message>
    <message>
        <source>the modem lists {object} with sha256 {listed}, expected {expected}</source>
        <comment>nrf91.listed-sha256</comment>
        <translation>调制解调器列出的 {object} sha256 为 {listed}，应为 {expected}</translation>
    </message>
    <message>
        <source>no AT answer in AT host mode nor through a Zephyr shell's `at` command</source>
        <comment>nrf91.no-at</comment>
        <translation>在 AT 主机模式下和通过 Zephyr shell 的 `at` 命令均无 AT 应答</translation>
    </message>
    <message>
        <source>an nRF91 does not take a private key from the station: its key must be made by the modem (%KEYGEN), so the cloud-keys fallback is refused</source>
        <comment>nrf91.no-key-import</comment>
        <translation>nRF91 不接收工作站提供的私钥密钥：其密钥必须由调制解调器生成（%KEYGEN），因此拒绝使用云生成密钥的备选方式</translation>
    </message>
    <message>
        <source>the profile names a setting for the {object}, but the modem speaks raw AT (no Zephyr shell to write settings with)</source>
        <comment>nrf91.no-shell</comment>
        <translation>配置文件为 {object} 指定了设置，但调制解调器只支持原始 AT（没有可写入设置的 Zephyr shell）</translation>
    </message>
    <message>
        <source>the modem does not take data ('{command}')</source>
        <comment>nrf91.no-take</comment>
        <translation>调制解调器不接收数据（“{command}”）</translation>
    </message>
    <message>
        <source>the modem does not list the {object} it accepted in sec_tag {sec_tag}</source>
        <comment>nrf91.not-listed</comment>
        <translation>调制解调器未列出其在 sec_tag {sec_tag} 中接受的 {object}</translation>
    </message>
    <message>
        <source>settings read {name}: expected one value line, got {count}</source>
        <comment>nrf91.setting-lines</comment>
        <translation>settings read {name}：应为一行值，实际 {count} 行</translation>
    </message>
    <message>
        <source>setting {name} reads back {got}, wrote {wrote}</source>
        <comment>nrf91.setting-reads</comment>
        <translation>设置 {name} 回读为 {got}，写入的是 {wrote}</translation>
    </message>
    <message>
        <source>the shell command failed</source>
        <comment>nrf91.shell-failed</comment>
        <translation>shell 命令失败</translation>
    </message>
    <message>
        <source>the board's shell does not know the command ({answer})</source>
        <comment>nrf91.shell-unknown</comment>
        <translation>板卡的 shell 不认识该命令（{answer}）</translation>
    </message>
    <message>
        <source>no complete answer to '{command}' in time (modem silent or answer damaged)</source>
        <comment>nrf91.silent</comment>
        <translation>未及时收到对“{command}”的完整应答（调制解调器无响应或应答损坏）</translation>
    </message>
    <message>
        <source>the modem stayed active (functional mode {mode}) after the station switched it offline (AT+CFUN=4); it refuses key generation and credential writes while active</source>
        <comment>nrf91.stayed-active</comment>
        <translation>工作站将调制解调器切换为离线（AT+CFUN=4）后，它仍保持活动（功能模式 {mode}）；活动时拒绝生成密钥和写入凭据</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <comment>object.ca</comment>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>device certificate</source>
        <comment>object.cert</comment>
        <translation>设备证书</translation>
    </message>
    <message>
        <source>claim certificate</source>
        <comment>object.claim-cert</comment>
        <translation>申领证书</translation>
    </message>
    <message>
        <source>claim key</source>
        <comment>object.claim-key</comment>
        <translation>申领密钥</translation>
    </message>
    <message>
        <source>key and CSR</source>
        <comment>object.csr</comment>
        <translation>密钥和 CSR</translation>
    </message>
    <message>
        <source>cloud address</source>
        <comment>object.endpoint</comment>
        <translation>云地址</translation>
    </message>
    <message>
        <source>registration template</source>
        <comment>object.fleet</comment>
        <translation>注册模板</translation>
    </message>
    <message>
        <source>private key</source>
        <comment>object.key</comment>
        <translation>私钥密钥</translation>
    </message>
    <message>
        <source>thing name</source>
        <comment>object.thing</comment>
        <translation>事物名称</translation>
    </message>
    <message>
        <source>serial {serial} is already provisioned (thing {thing}, certificate {certificate}) and the rework policy is 'refuse'</source>
        <comment>pipeline.already-provisioned</comment>
        <translation>序列号 {serial} 已配置（事物 {thing}，证书 {certificate}），且返工策略为“refuse”</translation>
    </message>
    <message>
        <source>the board's {field} {value} {problem}</source>
        <comment>pipeline.bad-identity</comment>
        <translation>板卡的 {field} {value} {problem}</translation>
    </message>
    <message>
        <source>thing {thing} changed {attempts} times while this station tried to claim it</source>
        <comment>pipeline.claim-changing</comment>
        <translation>本工作站尝试认领事物 {thing} 期间，它变化了 {attempts} 次</translation>
    </message>
    <message>
        <source>thing {thing} was deleted while this station was claiming it</source>
        <comment>pipeline.claim-deleted</comment>
        <translation>本工作站认领事物 {thing} 期间，它被删除了</translation>
    </message>
    <message>
        <source>the board refused to generate a key and CSR ({code}: {answer}) and the profile allows only on-board keys</source>
        <comment>pipeline.csr-refused</comment>
        <translation>板卡拒绝生成密钥和 CSR（{code}：{answer}），而配置文件只允许板载密钥</translation>
    </message>
    <message>
        <source>thing {thing} already has an active certificate ({ids}) for a different key: another board with the same serial, or a reworked board</source>
        <comment>pipeline.foreign-certificate</comment>
        <translation>事物 {thing} 已有针对另一个密钥的有效证书（{ids}）：可能是另一块同序列号的板卡，或是返工板卡</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error}</source>
        <comment>pipeline.internal-error</comment>
        <translation>内部错误：{kind}：{error}</translation>
    </message>
    <message>
        <source>the board's public key does not match its certificate</source>
        <comment>pipeline.key-mismatch</comment>
        <translation>板卡的公钥密钥与其证书不匹配</translation>
    </message>
    <message>
        <source>thing {thing} already has an active certificate ({ids}); this board cannot report the key it holds, so the station cannot tell it is the same board, and the rework policy is '{policy}'</source>
        <comment>pipeline.keyless-certificate</comment>
        <translation>事物 {thing} 已有有效证书（{ids}）；此板卡无法报告其持有的密钥，工作站无法判断是否为同一块板卡，且返工策略为“{policy}”</translation>
    </message>
    <message>
        <source>the {driver} driver's boards make their private key themselves and cannot take one from the station, but the profile asks for cloud-generated keys (certificates.mode = "cloud-keys")</source>
        <comment>pipeline.keys-on-board</comment>
        <translation>{driver} 驱动的板卡自行生成私钥密钥，无法接收工作站提供的密钥，但配置文件要求使用云生成的密钥（certificates.mode = "cloud-keys"）</translation>
    </message>
    <message>
        <source>the board cannot generate its own key (no 'csr' capability) and the profile allows only on-board keys</source>
        <comment>pipeline.no-csr</comment>
        <translation>板卡无法自行生成密钥（没有“csr”能力），而配置文件只允许板载密钥</translation>
    </message>
    <message>
        <source>no thing group rule matches model {model}, hardware {hw}</source>
        <comment>pipeline.no-group</comment>
        <translation>没有与型号 {model}、硬件 {hw} 匹配的事物组规则</translation>
    </message>
    <message>
        <source>the board can neither generate a key nor accept one</source>
        <comment>pipeline.no-key-at-all</comment>
        <translation>板卡既不能生成密钥，也不能接收密钥</translation>
    </message>
    <message>
        <source>the certificate's public key is not the key the board made in this attempt</source>
        <comment>pipeline.not-csr-key</comment>
        <translation>证书中的公钥密钥不是板卡本次生成的密钥</translation>
    </message>
    <message>
        <source>station {station} started provisioning this serial {age} s ago: the same board (or two boards with one serial) is on two stations</source>
        <comment>pipeline.other-station</comment>
        <translation>工作站 {station} 已于 {age} 秒前开始配置此序列号：同一块板卡（或两块同序列号的板卡）在两个工作站上</translation>
    </message>
    <message>
        <source>read-back of '{object}' does not match what was written</source>
        <comment>pipeline.readback-mismatch</comment>
        <translation>回读的“{object}”与写入的内容不一致</translation>
    </message>
    <message>
        <source>serial {serial} is already being provisioned on {holder}: two boards report the same serial number</source>
        <comment>pipeline.serial-twice</comment>
        <translation>序列号 {serial} 已在 {holder} 上配置中：两块板卡报告了相同的序列号</translation>
    </message>
    <message>
        <source>the board stored '{object}' with a different hash</source>
        <comment>pipeline.stored-other-hash</comment>
        <translation>板卡存储的“{object}”哈希值不同</translation>
    </message>
    <message>
        <source>model '{model}' (serial {serial}) is not in the station profile</source>
        <comment>pipeline.unknown-model</comment>
        <translation>型号“{model}”（序列号 {serial}）不在工作站配置文件中</translation>
    </message>
    <message>
        <source>profile key '{key}': {problem}</source>
        <comment>profile.key</comment>
        <translation>配置文件键“{key}”：{problem}</translation>
    </message>
    <message>
        <source>profile key '{key}' in {path}: {problem}</source>
        <comment>profile.key-in</comment>
        <translation>{path} 中的配置文件键“{key}”：{problem}</translation>
    </message>
    <message>
        <source>now: {object}</source>
        <comment>progress.now</comment>
        <translation>当前：{object}</translation>
    </message>
    <message>
        <source>no configuration is released to {groups}</source>
        <comment>qa.no-config</comment>
        <translation>{groups} 没有已发布的配置</translation>
    </message>
    <message>
        <source>no configuration is released to the unit (it is in no group)</source>
        <comment>qa.no-config-ungrouped</comment>
        <translation>该设备没有已发布的配置（它不属于任何组）</translation>
    </message>
    <message>
        <source>no thing named '{query}' and no thing with serial {query} in this cloud</source>
        <comment>qa.not-found</comment>
        <translation>此云中没有名为“{query}”的事物，也没有序列号为 {query} 的事物</translation>
    </message>
    <message>
        <source>nothing to look up</source>
        <comment>qa.nothing-to-look-up</comment>
        <translation>没有要查找的内容</translation>
    </message>
    <message>
        <source>serial {serial} belongs to several things: {things}</source>
        <comment>qa.several-things</comment>
        <translation>序列号 {serial} 属于多个事物：{things}</translation>
    </message>
    <message>
        <source>{operation} on {where} failed: {code}: {answer}</source>
        <comment>records.anchor-failed</comment>
        <translation>在 {where} 上执行 {operation} 失败：{code}：{answer}</translation>
    </message>
    <message>
        <source>no records database at {path}</source>
        <comment>records.no-database</comment>
        <translation>{path} 处没有记录数据库</translation>
    </message>
    <message>
        <source>{path} is not a usable records database: {error}</source>
        <comment>records.not-usable</comment>
        <translation>{path} 不是可用的记录数据库：{error}</translation>
    </message>
    <message>
        <source>the records database could not be switched to WAL (journal mode is {mode})</source>
        <comment>records.not-wal</comment>
        <translation>记录数据库无法切换到 WAL（日志模式为 {mode}）</translation>
    </message>
    <message>
        <source>records database {path} has schema version {found}, newer than this station knows (up to {known}): it was written by a newer station version</source>
        <comment>records.too-new</comment>
        <translation>记录数据库 {path} 的架构版本为 {found}，比本工作站所知的版本（最高 {known}）更新：它由更新版本的工作站写入</translation>
    </message>
    <message>
        <source>Allow {action} there: attach the station IAM policy rendered for this profile (resources/station-iam-policy.json) to the station's user or role.</source>
        <comment>remedy.allow-action</comment>
        <translation>在该处允许 {action}：将为此配置文件生成的工作站 IAM 策略（resources/station-iam-policy.json）附加到工作站的用户或角色。</translation>
    </message>
    <message>
        <source>Allow iot:DescribeEndpoint to the station (station IAM policy).</source>
        <comment>remedy.allow-describe-endpoint</comment>
        <translation>允许工作站执行 iot:DescribeEndpoint（工作站 IAM 策略）。</translation>
    </message>
    <message>
        <source>Check the records bucket and the station's IAM policy (station cloud policy).</source>
        <comment>remedy.anchor</comment>
        <translation>检查云端的记录存储桶和工作站的 IAM 策略（station cloud policy）。</translation>
    </message>
    <message>
        <source>Attach the station IAM policy for this profile (resources/station-iam-policy.json) to the station's user or role.</source>
        <comment>remedy.attach-iam-policy</comment>
        <translation>将此配置文件的工作站 IAM 策略（resources/station-iam-policy.json）附加到工作站的用户或角色。</translation>
    </message>
    <message>
        <source>Check the value AWS names (board identity, profile naming or batch); if it came from the board, set the board aside for the line engineer.</source>
        <comment>remedy.aws-invalid</comment>
        <translation>检查 AWS 指出的值（板卡身份、配置文件命名或批次）；如果来自板卡，将板卡放到一边交给产线工程师。</translation>
    </message>
    <message>
        <source>The line engineer raises the limit in AWS Service Quotas or frees resources; then retry the unit.</source>
        <comment>remedy.aws-limit</comment>
        <translation>由产线工程师在 AWS Service Quotas 中提高限额或释放资源；然后重试该设备。</translation>
    </message>
    <message>
        <source>Retry the unit; if AWS refuses it again, set the board aside and give the line engineer this message and the log file.</source>
        <comment>remedy.aws-refused</comment>
        <translation>重试该设备；如果 AWS 再次拒绝，将板卡放到一边，并把此消息和日志文件交给产线工程师。</translation>
    </message>
    <message>
        <source>Reseat the board's USB cable and retry; if it persists, try another port or cable.</source>
        <comment>remedy.board-link</comment>
        <translation>重新插好板卡的 USB 线后重试；如仍存在，请换一个端口或线缆。</translation>
    </message>
    <message>
        <source>Check that the board is powered and running its factory firmware, then retry.</source>
        <comment>remedy.board-timeout</comment>
        <translation>检查板卡已通电并运行出厂固件，然后重试。</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap --profile &lt;the station profile&gt;' (it creates the thing types, groups and the device policy the profile names), checks with 'station cloud check', then retries the unit.</source>
        <comment>remedy.bootstrap</comment>
        <translation>产线工程师运行 'station cloud bootstrap --profile &lt;the station profile&gt;'（创建配置文件中指定的事物类型、组和设备策略），用 'station cloud check' 检查，然后重试该设备。</translation>
    </message>
    <message>
        <source>Choose a unique name in the profile ([catalog] bucket), e.g. with your account id in it, and run bootstrap again.</source>
        <comment>remedy.bucket-taken</comment>
        <translation>在配置文件中选择唯一的名称（[catalog] bucket），例如包含您的账户 ID，然后重新运行 bootstrap。</translation>
    </message>
    <message>
        <source>Check the line CA token and the [certificates.factory_ca] keys of the profile (see docs/factory-ca.md), then retry the unit.</source>
        <comment>remedy.ca</comment>
        <translation>检查产线 CA 令牌和配置文件中的 [certificates.factory_ca] 键（见 docs/factory-ca.md），然后重试该设备。</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.ca_certificate to the line CA's certificate (PEM), the one made with the token's key (docs/factory-ca.md).</source>
        <comment>remedy.ca-cert</comment>
        <translation>将 certificates.factory_ca.ca_certificate 设为产线 CA 的证书（PEM），即用令牌的密钥创建的那个证书（docs/factory-ca.md）。</translation>
    </message>
    <message>
        <source>Write the new certificate to another file; a registered CA certificate is replaced only by CA rotation (docs/aws.md).</source>
        <comment>remedy.ca-cert-exists</comment>
        <translation>将新证书写入另一个文件；已注册的 CA 证书只能通过 CA 轮换替换（docs/aws.md）。</translation>
    </message>
    <message>
        <source>Rotate the line CA (docs/aws.md, CA rotation) and point certificates.factory_ca.ca_certificate at the new CA's certificate.</source>
        <comment>remedy.ca-cert-expired</comment>
        <translation>轮换产线 CA（docs/aws.md，CA 轮换），并将 certificates.factory_ca.ca_certificate 指向新 CA 的证书。</translation>
    </message>
    <message>
        <source>Run bootstrap again: it asks AWS for this account's registration code and signs a fresh verification certificate with the CA's key.</source>
        <comment>remedy.ca-code-refused</comment>
        <translation>重新运行 bootstrap：它会向 AWS 获取此账户的注册码，并用 CA 的密钥签发新的验证证书。</translation>
    </message>
    <message>
        <source>Generate a new CA key inside the token with CKA_EXTRACTABLE false and CKA_SENSITIVE true, and rotate the line CA to it (docs/factory-ca.md).</source>
        <comment>remedy.ca-key-exportable</comment>
        <translation>在令牌内生成新的 CA 密钥（CKA_EXTRACTABLE 为 false，CKA_SENSITIVE 为 true），并将产线 CA 轮换到该密钥（docs/factory-ca.md）。</translation>
    </message>
    <message>
        <source>Point certificates.factory_ca.ca_certificate and key_label at the same line CA: the certificate made with this token's key.</source>
        <comment>remedy.ca-key-mismatch</comment>
        <translation>将 certificates.factory_ca.ca_certificate 和 key_label 指向同一个产线 CA：即用此令牌的密钥创建的证书。</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.key_label to the CA key's label (CKA_LABEL), or generate the CA key in this token (docs/factory-ca.md).</source>
        <comment>remedy.ca-key-missing</comment>
        <translation>将 certificates.factory_ca.key_label 设为 CA 密钥的标签（CKA_LABEL），或在此令牌中生成 CA 密钥（docs/factory-ca.md）。</translation>
    </message>
    <message>
        <source>Close the other line CA first: one station process uses one SoftHSM2 configuration at a time.</source>
        <comment>remedy.ca-module-busy</comment>
        <translation>先关闭另一个产线 CA：一个工作站进程同一时间只能使用一个 SoftHSM2 配置。</translation>
    </message>
    <message>
        <source>Install the token's PKCS#11 module (its vendor's driver, or the softhsm2 package) and set certificates.factory_ca.pkcs11_library to its path.</source>
        <comment>remedy.ca-module-missing</comment>
        <translation>安装令牌的 PKCS#11 模块（其厂商的驱动，或 softhsm2 软件包），并将 certificates.factory_ca.pkcs11_library 设为其路径。</translation>
    </message>
    <message>
        <source>Set [certificates.factory_ca] ca_certificate in the profile to the line CA's PEM file (relative to the profile's folder).</source>
        <comment>remedy.ca-no-file</comment>
        <translation>将配置文件中的 [certificates.factory_ca] ca_certificate 设为产线 CA 的 PEM 文件（相对于配置文件所在文件夹）。</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.pkcs11_library to the line CA token's PKCS#11 module, or install SoftHSM2 for a demo token.</source>
        <comment>remedy.ca-no-module</comment>
        <translation>将 certificates.factory_ca.pkcs11_library 设为产线 CA 令牌的 PKCS#11 模块，或安装 SoftHSM2 以使用演示令牌。</translation>
    </message>
    <message>
        <source>Install SoftHSM2 (Debian/Ubuntu: apt install softhsm2; python3 run.py does it for the demo and tests).</source>
        <comment>remedy.ca-no-softhsm</comment>
        <translation>安装 SoftHSM2（Debian/Ubuntu：apt install softhsm2；python3 run.py 会为演示和测试完成安装）。</translation>
    </message>
    <message>
        <source>Run 'station cloud bootstrap' with the factory-ca profile as the line engineer: it registers the CA.</source>
        <comment>remedy.ca-not-registered</comment>
        <translation>由产线工程师使用 factory-ca 配置文件运行 'station cloud bootstrap'：它会注册该 CA。</translation>
    </message>
    <message>
        <source>Re-key those units with the new CA first (station rework), or pass --force if they are retired.</source>
        <comment>remedy.ca-old-still-used</comment>
        <translation>先用新 CA 为这些设备更换密钥和证书（在工作站上运行 station rework），如果这些设备已退役，则传入 --force。</translation>
    </message>
    <message>
        <source>The token's security officer must unlock it (or the line CA must be rotated to a new token); see docs/factory-ca.md.</source>
        <comment>remedy.ca-pin-locked</comment>
        <translation>必须由令牌的安全管理员（SO）解锁（或将产线 CA 轮换到新令牌）；见 docs/factory-ca.md。</translation>
    </message>
    <message>
        <source>Start the station with the token's PIN in the environment variable named by certificates.factory_ca.pin_env (never in the profile or a file).</source>
        <comment>remedy.ca-pin-unset</comment>
        <translation>启动工作站时，将令牌的 PIN 放在 certificates.factory_ca.pin_env 指定的环境变量中（切勿放在配置文件或其他文件中）。</translation>
    </message>
    <message>
        <source>Set the right PIN in that variable before retrying: tokens lock themselves after a few wrong PINs.</source>
        <comment>remedy.ca-pin-wrong</comment>
        <translation>重试前在该变量中设置正确的 PIN：令牌在几次 PIN 错误后会自行锁定。</translation>
    </message>
    <message>
        <source>Make the CA certificate with the token vendor's tool, or store the key pair's public half in the token under the same label.</source>
        <comment>remedy.ca-public-key-missing</comment>
        <translation>用令牌厂商的工具创建 CA 证书，或将密钥对的公钥部分以相同标签存入令牌。</translation>
    </message>
    <message>
        <source>Check the profile's [certificates.factory_ca] ca_certificate: it must be the CA certificate whose key is in the token (v3, CA:true, not expired).</source>
        <comment>remedy.ca-refused</comment>
        <translation>检查配置文件的 [certificates.factory_ca] ca_certificate：它必须是其密钥位于令牌中的 CA 证书（v3，CA:true，未过期）。</translation>
    </message>
    <message>
        <source>Give --new-ca the new CA's certificate (its key in a new token).</source>
        <comment>remedy.ca-same</comment>
        <translation>为 --new-ca 提供新 CA 的证书（其密钥位于新令牌中）。</translation>
    </message>
    <message>
        <source>Check that the line CA token is plugged in, then retry the unit; if it keeps failing, restart the station.</source>
        <comment>remedy.ca-sign-failed</comment>
        <translation>检查产线 CA 令牌是否已插入，然后重试该设备；如果仍然失败，请重启工作站。</translation>
    </message>
    <message>
        <source>Check the board's identity (serial, model, hardware revision) and the profile's naming and [[groups]]; set the board aside if its identity is corrupt.</source>
        <comment>remedy.ca-subject</comment>
        <translation>检查板卡的身份（序列号、型号、硬件版本）以及配置文件的命名和 [[groups]]；如果板卡身份已损坏，将板卡放到一边。</translation>
    </message>
    <message>
        <source>Use fewer models in the factory-ca profile (each adds a thing type mapping), or choose registration = "jitr".</source>
        <comment>remedy.ca-template-too-big</comment>
        <translation>在 factory-ca 配置文件中减少型号（每个型号都会增加一个事物类型映射），或选择 registration = "jitr"。</translation>
    </message>
    <message>
        <source>Use that token (its PIN is the one it was made with), or make the new token in an empty folder.</source>
        <comment>remedy.ca-token-exists</comment>
        <translation>使用该令牌（其 PIN 为创建时设置的 PIN），或在空文件夹中创建新令牌。</translation>
    </message>
    <message>
        <source>Plug in the line CA token, or set certificates.factory_ca.token_label to its label.</source>
        <comment>remedy.ca-token-missing</comment>
        <translation>插入产线 CA 令牌，或将 certificates.factory_ca.token_label 设为其标签。</translation>
    </message>
    <message>
        <source>Unplug the tokens that are not the line CA, or give the line CA token a label of its own.</source>
        <comment>remedy.ca-token-twice</comment>
        <translation>拔下不是产线 CA 的令牌，或为产线 CA 令牌设置一个独有的标签。</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.validity_days to a positive number of days.</source>
        <comment>remedy.ca-validity</comment>
        <translation>将 certificates.factory_ca.validity_days 设为正数天数。</translation>
    </message>
    <message>
        <source>Check [{section}] bucket/prefix in the profile and the station IAM policy (s3:ListBucket with the prefix).</source>
        <comment>remedy.check-bucket</comment>
        <translation>检查配置文件中的 [{section}] bucket/prefix 以及工作站 IAM 策略（带前缀的 s3:ListBucket）。</translation>
    </message>
    <message>
        <source>Boards verify the endpoint with the device CA: check [cloud] ca_file, and that no proxy intercepts TLS to the endpoint.</source>
        <comment>remedy.check-ca-file</comment>
        <translation>板卡使用设备 CA 验证终端节点：检查 [cloud] ca_file，并确认没有代理拦截到终端节点的 TLS。</translation>
    </message>
    <message>
        <source>Check the station PC's date, time and time zone. {renew}</source>
        <comment>remedy.check-clock</comment>
        <translation>检查工作站电脑的日期、时间和时区。{renew}</translation>
    </message>
    <message>
        <source>Check the network, proxy and firewall.</source>
        <comment>remedy.check-network</comment>
        <translation>检查网络、代理和防火墙。</translation>
    </message>
    <message>
        <source>Check the PC's network, proxy (HTTPS_PROXY) and firewall: the station needs HTTPS to sts, iot, s3 and iam in {region}; then check again.</source>
        <comment>remedy.check-network-aws</comment>
        <translation>检查电脑的网络、代理（HTTPS_PROXY）和防火墙：工作站需要通过 HTTPS 访问 {region} 的 sts、iot、s3 和 iam；然后重新检查。</translation>
    </message>
    <message>
        <source>Check the region and the network.</source>
        <comment>remedy.check-region-network</comment>
        <translation>检查区域和网络。</translation>
    </message>
    <message>
        <source>Check the station's network and AWS settings (region, endpoint), then retry the unit.</source>
        <comment>remedy.client-failed</comment>
        <translation>检查工作站的网络和 AWS 设置（区域、终端节点），然后重试该设备。</translation>
    </message>
    <message>
        <source>Check the station's network and AWS credentials, then retry the unit.</source>
        <comment>remedy.cloud</comment>
        <translation>检查工作站的网络和 AWS 凭证，然后重试该设备。</translation>
    </message>
    <message>
        <source>Retry the unit; the line engineer runs 'station reconcile' to retire any certificate AWS issued without the station knowing.</source>
        <comment>remedy.cloud-answer-lost</comment>
        <translation>重试该设备；产线工程师运行 'station reconcile'，停用 AWS 在工作站不知情时签发的证书。</translation>
    </message>
    <message>
        <source>Check the station's network; if AWS is throttling, lower station.parallel or ask for a higher account limit, then retry.</source>
        <comment>remedy.cloud-not-accepted</comment>
        <translation>检查工作站的网络；如果 AWS 正在限流，请降低 station.parallel 或申请更高的账户限额，然后重试。</translation>
    </message>
    <message>
        <source>Renew the station's AWS login (aws sso login, or set AWS_PROFILE / run aws configure), then retry the unit.</source>
        <comment>remedy.credentials</comment>
        <translation>续订工作站的 AWS 登录（aws sso login，或设置 AWS_PROFILE / 运行 aws configure），然后重试该设备。</translation>
    </message>
    <message>
        <source>Retry the unit; if the board keeps sending a bad CSR, its factory firmware is faulty.</source>
        <comment>remedy.csr</comment>
        <translation>重试该设备；如果板卡持续发送错误的 CSR，说明其出厂固件有缺陷。</translation>
    </message>
    <message>
        <source>Set the board aside: its factory firmware signs CSRs with a broken hash; the firmware must sign with SHA-256 (or SHA-384/SHA-512).</source>
        <comment>remedy.csr-weak-hash</comment>
        <translation>将板卡放到一边：其出厂固件使用不安全的哈希签名 CSR；固件必须使用 SHA-256（或 SHA-384/SHA-512）签名。</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again, set it aside and call the line engineer.</source>
        <comment>remedy.default</comment>
        <translation>重试该设备；如再次失败，将其放到一边并联系产线工程师。</translation>
    </message>
    <message>
        <source>Ask for between 1 and {max} boards.</source>
        <comment>remedy.demo-boards</comment>
        <translation>请求 1 到 {max} 块板卡。</translation>
    </message>
    <message>
        <source>Boards 1 to {reference} are reference boards, the last {modems} nRF91 modems; give each the faults of its kind (docs/virtual-boards.md).</source>
        <comment>remedy.demo-fault-kind</comment>
        <translation>板卡 1 到 {reference} 是参考板卡，最后 {modems} 块是 nRF91 调制解调器；为每块板卡指定其类型的故障（docs/virtual-boards.md）。</translation>
    </message>
    <message>
        <source>Ask for between 0 and {boards} nRF91 modems (they count among --boards).</source>
        <comment>remedy.demo-modems</comment>
        <translation>请求 0 到 {boards} 个 nRF91 调制解调器（计入 --boards）。</translation>
    </message>
    <message>
        <source>Number the boards from 1 to {boards}.</source>
        <comment>remedy.demo-number</comment>
        <translation>将板卡编号为 1 到 {boards}。</translation>
    </message>
    <message>
        <source>{bootstrap} It enables them account-wide; AWS bills each event as a published message.</source>
        <comment>remedy.enable-events</comment>
        <translation>{bootstrap} 这会在整个账户范围内启用事件；AWS 将每个事件按一条已发布消息计费。</translation>
    </message>
    <message>
        <source>Boards that use MQTT on 443 need ALPN x-amzn-mqtt-ca passed untouched: ask the network team to exempt the IoT endpoint from TLS inspection, or open port 8883.</source>
        <comment>remedy.exempt-endpoint</comment>
        <translation>通过 443 端口使用 MQTT 的板卡需要 ALPN x-amzn-mqtt-ca 原样通过：请网络团队将 IoT 终端节点排除在 TLS 检查之外，或开放 8883 端口。</translation>
    </message>
    <message>
        <source>Set the board aside for QA; rework gives it a new key and certificate.</source>
        <comment>remedy.factory-ca.certificate-retired</comment>
        <translation>将板卡交给 QA；返工会为其生成新的密钥和证书。</translation>
    </message>
    <message>
        <source>Set the board aside for QA: check its serial label. A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.</source>
        <comment>remedy.factory-ca.duplicate</comment>
        <translation>将板卡交给 QA：检查其序列号标签。返工的板卡需要 rework.policy = 'reprovision'。未签名或写入任何内容。</translation>
    </message>
    <message>
        <source>Set the board aside for QA: two boards may share this serial, or it was provisioned before. A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.</source>
        <comment>remedy.factory-ca.duplicate-recorded</comment>
        <translation>将板卡交给 QA：可能有两块板卡使用同一序列号，或该板卡之前已配置过。返工的板卡需要 rework.policy = 'reprovision'。未签名或写入任何内容。</translation>
    </message>
    <message>
        <source>Set the board aside, or flash the factory firmware that makes its key; nothing was signed or written.</source>
        <comment>remedy.factory-ca.no-csr</comment>
        <translation>将板卡放到一边，或刷入会生成密钥的出厂固件；未签名或写入任何内容。</translation>
    </message>
    <message>
        <source>The line engineer sets cloud.mqtt_endpoint in the profile (station cloud check shows it), or restarts the station once AWS answers.</source>
        <comment>remedy.factory-ca.no-endpoint</comment>
        <translation>由产线工程师在配置文件中设置 cloud.mqtt_endpoint（云检查 station cloud check 会显示该值），或在 AWS 有响应后重启工作站。</translation>
    </message>
    <message>
        <source>Set the board aside; its factory firmware must report its hardware revision. Nothing was signed.</source>
        <comment>remedy.factory-ca.no-hw-revision</comment>
        <translation>将板卡放到一边；其出厂固件必须报告硬件版本。未签名任何内容。</translation>
    </message>
    <message>
        <source>The line engineer starts the station with the line CA's token plugged in and its PIN in the environment variable the profile names (certificates.factory_ca.pin_env).</source>
        <comment>remedy.factory-ca.no-line-ca</comment>
        <translation>由产线工程师在插入产线 CA 令牌、并将其 PIN 放入配置文件指定的环境变量（certificates.factory_ca.pin_env）后启动工作站。</translation>
    </message>
    <message>
        <source>Fix [cloud] region in the station profile (e.g. eu-west-1).</source>
        <comment>remedy.fix-region</comment>
        <translation>修正工作站配置文件中的 [cloud] region（例如 eu-west-1）。</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap' with this fleet-claim profile (it creates the template), then retries the unit.</source>
        <comment>remedy.fleet-claim-no-template</comment>
        <translation>由产线工程师使用此 fleet-claim 配置文件运行 'station cloud bootstrap'（它会创建模板），然后重试该设备。</translation>
    </message>
    <message>
        <source>Check the station computer's clock (it must follow network time), then retry the unit.</source>
        <comment>remedy.fleet-claim-short-lived</comment>
        <translation>检查工作站电脑的时钟（必须与网络时间同步），然后重试该设备。</translation>
    </message>
    <message>
        <source>Restart the station; if it repeats, report it to the station's developers with the log file.</source>
        <comment>remedy.fleet-claim.no-claims</comment>
        <translation>重启工作站；如果再次出现，请将日志文件连同此问题报告给工作站的开发人员。</translation>
    </message>
    <message>
        <source>The line engineer sets cloud.mqtt_endpoint in the profile, or restarts the station once AWS answers.</source>
        <comment>remedy.fleet-claim.no-endpoint</comment>
        <translation>由产线工程师在配置文件中设置 cloud.mqtt_endpoint，或在 AWS 有响应后重启工作站。</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set the board aside for the line engineer.</source>
        <comment>remedy.fleet-claim.not-registered</comment>
        <translation>重试该设备；如果再次出现，将板卡放到一边交给产线工程师。</translation>
    </message>
    <message>
        <source>The line engineer uses certificates.mode = "csr" or "factory-ca" for this line; the board is fine. Nothing was written to it.</source>
        <comment>remedy.fleet-claim.not-supported</comment>
        <translation>由产线工程师为此产线使用 certificates.mode = "csr" 或 "factory-ca"；板卡没有问题。未向其写入任何内容。</translation>
    </message>
    <message>
        <source>Set the board aside for the line engineer: its firmware does not register with the parameters the station wrote.</source>
        <comment>remedy.fleet-claim.other-thing</comment>
        <translation>将板卡放到一边交给产线工程师：其固件未使用工作站写入的参数进行注册。</translation>
    </message>
    <message>
        <source>Check the board's network connection to AWS IoT, then retry the unit; the station writes a fresh claim.</source>
        <comment>remedy.fleet-claim.register-timeout</comment>
        <translation>检查板卡到 AWS IoT 的网络连接，然后重试该设备；工作站会写入新的申领。</translation>
    </message>
    <message>
        <source>The line engineer adds a [[groups]] rule that matches this model to the profile (a rule with only a name matches every unit), runs 'station cloud bootstrap', then retries the unit.</source>
        <comment>remedy.fleet-no-group</comment>
        <translation>由产线工程师在配置文件中添加匹配此型号的 [[groups]] 规则（只有名称的规则匹配所有设备），运行 'station cloud bootstrap'，然后重试该设备。</translation>
    </message>
    <message>
        <source>Retry the unit; if AWS keeps failing, check the AWS Health Dashboard for AWS IoT in this region.</source>
        <comment>remedy.fleet-refused-aws</comment>
        <translation>重试该设备；如果 AWS 持续失败，请在 AWS Health Dashboard 中查看此区域的 AWS IoT 状态。</translation>
    </message>
    <message>
        <source>Retry the unit: the station writes a fresh claim. If it is refused again, check the station computer's clock and the board's, and have the line engineer run 'station cloud bootstrap' (the claim policy).</source>
        <comment>remedy.fleet-refused-claim</comment>
        <translation>重试该设备：工作站会写入新的申领。如果再次被拒绝，检查工作站电脑和板卡的时钟，并让产线工程师运行 'station cloud bootstrap'（申领策略）。</translation>
    </message>
    <message>
        <source>Retry the unit once; if AWS refuses its CSR again, set the board aside for the line engineer (its firmware's key generation).</source>
        <comment>remedy.fleet-refused-csr</comment>
        <translation>重试该设备一次；如果 AWS 再次拒绝其 CSR，将板卡放到一边交给产线工程师（其固件的密钥生成）。</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it creates and enables the template), then retries the unit.</source>
        <comment>remedy.fleet-refused-no-template</comment>
        <translation>板卡没有问题。由产线工程师使用此配置文件运行 'station cloud bootstrap'（它会创建并启用模板），然后重试该设备。</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it updates the template, thing types and groups), then retries the unit.</source>
        <comment>remedy.fleet-refused-parameters</comment>
        <translation>板卡没有问题。由产线工程师使用此配置文件运行 'station cloud bootstrap'（它会更新模板、事物类型和组），然后重试该设备。</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it sets the fleet provisioning role's policy), then retries the unit.</source>
        <comment>remedy.fleet-refused-role</comment>
        <translation>板卡没有问题。由产线工程师使用此配置文件运行 'station cloud bootstrap'（它会设置队列配置角色的策略），然后重试该设备。</translation>
    </message>
    <message>
        <source>Retry the unit later; if it keeps happening, lower the line's pace or ask AWS for a higher fleet provisioning quota.</source>
        <comment>remedy.fleet-refused-throttled</comment>
        <translation>稍后重试该设备；如果持续发生，请降低产线节拍，或向 AWS 申请更高的队列配置配额。</translation>
    </message>
    <message>
        <source>Retry the unit: the board asks for a new certificate and registers at once.</source>
        <comment>remedy.fleet-refused-token</comment>
        <translation>重试该设备：板卡会申请新证书并立即注册。</translation>
    </message>
    <message>
        <source>Retry the unit once; if it is refused the same way again, set it aside and give the line engineer the code shown.</source>
        <comment>remedy.fleet-refused-unknown</comment>
        <translation>重试该设备一次；如果再次以同样方式被拒绝，将其放到一边，并把显示的代码交给产线工程师。</translation>
    </message>
    <message>
        <source>Give the station AWS credentials: set AWS_PROFILE (or [cloud] profile in the station profile) to a configured profile, or run 'aws configure' / 'aws sso login', then retry the unit.</source>
        <comment>remedy.give-credentials</comment>
        <translation>为工作站提供 AWS 凭证：将 AWS_PROFILE（或工作站配置文件中的 [cloud] profile）设为已配置的配置文件，或运行 'aws configure' / 'aws sso login'，然后重试该设备。</translation>
    </message>
    <message>
        <source>The line engineer grants {action} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-action</comment>
        <translation>产线工程师向工作站的角色授予 {action}（为此配置文件生成的策略 resources/station-iam-policy.json），用 'station cloud check' 检查，然后重试该设备。</translation>
    </message>
    <message>
        <source>The line engineer grants {action} on {resource} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-action-on</comment>
        <translation>产线工程师向工作站的角色授予对 {resource} 的 {action}（为此配置文件生成的策略 resources/station-iam-policy.json），用 'station cloud check' 检查，然后重试该设备。</translation>
    </message>
    <message>
        <source>The line engineer grants the permission for {operation} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-operation</comment>
        <translation>产线工程师向工作站的角色授予 {operation} 的权限（为此配置文件生成的策略 resources/station-iam-policy.json），用 'station cloud check' 检查，然后重试该设备。</translation>
    </message>
    <message>
        <source>The line engineer grants the permission for {operation} on {resource} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-operation-on</comment>
        <translation>产线工程师向工作站的角色授予对 {resource} 执行 {operation} 的权限（为此配置文件生成的策略 resources/station-iam-policy.json），用 'station cloud check' 检查，然后重试该设备。</translation>
    </message>
    <message>
        <source>Grant servicequotas:ListServiceQuotas and servicequotas:ListAWSDefaultServiceQuotas to see the account's own values.</source>
        <comment>remedy.grant-quotas</comment>
        <translation>授予 servicequotas:ListServiceQuotas 和 servicequotas:ListAWSDefaultServiceQuotas 以查看账户自身的值。</translation>
    </message>
    <message>
        <source>Grant iam:SimulatePrincipalPolicy on {principal} to this identity, or provision one unit and look at its result.</source>
        <comment>remedy.grant-simulator</comment>
        <translation>向此身份授予对 {principal} 的 iam:SimulatePrincipalPolicy，或配置一台设备并查看其结果。</translation>
    </message>
    <message>
        <source>Check the value it names (board identity or profile naming); if it came from the board, set the board aside for the line engineer.</source>
        <comment>remedy.invalid-before-sent</comment>
        <translation>检查其指出的值（板卡身份或配置文件命名）；如果来自板卡，将板卡放到一边交给产线工程师。</translation>
    </message>
    <message>
        <source>Check the model, version and file, then run the command again.</source>
        <comment>remedy.jobs.catalog</comment>
        <translation>检查型号、版本和文件，然后重新运行命令。</translation>
    </message>
    <message>
        <source>Grant the station's role s3:GetObject on the catalog prefix and s3:ListBucket on the bucket for that prefix (resources/station-iam-policy.json), or run station cloud check.</source>
        <comment>remedy.jobs.catalog-denied</comment>
        <translation>向工作站的角色授予对目录前缀的 s3:GetObject 以及对该前缀所在存储桶的 s3:ListBucket（策略 resources/station-iam-policy.json），或在云中运行 station cloud check。</translation>
    </message>
    <message>
        <source>Fix the configuration file (see resources/config-schema.json) and upload it again.</source>
        <comment>remedy.jobs.config-invalid</comment>
        <translation>修正配置文件（参见 resources/config-schema.json）后重新上传。</translation>
    </message>
    <message>
        <source>Check the job id, target and version, then run the command again.</source>
        <comment>remedy.jobs.default</comment>
        <translation>检查任务 ID、目标和版本，然后重新运行命令。</translation>
    </message>
    <message>
        <source>Check the --file path.</source>
        <comment>remedy.jobs.empty-image</comment>
        <translation>检查 --file 路径。</translation>
    </message>
    <message>
        <source>Someone canceled the job; retry the unit once a release is current again.</source>
        <comment>remedy.jobs.ended</comment>
        <translation>有人取消了该任务；待有新的当前发布后重试该设备。</translation>
    </message>
    <message>
        <source>AWS never reuses a job id. Upload the same content under a new version (e.g. {version}-r2) and release that.</source>
        <comment>remedy.jobs.id-taken</comment>
        <translation>AWS 从不重复使用任务 ID。请以新版本（例如 {version}-r2）上传相同内容并发布该版本。</translation>
    </message>
    <message>
        <source>Create one job per model, or name the model explicitly (--model).</source>
        <comment>remedy.jobs.models-differ</comment>
        <translation>每个型号创建一个任务，或明确指定型号（--model）。</translation>
    </message>
    <message>
        <source>Name the model explicitly (--model).</source>
        <comment>remedy.jobs.name-the-model</comment>
        <translation>明确指定型号（--model）。</translation>
    </message>
    <message>
        <source>Run 'station cloud bootstrap' with this profile first.</source>
        <comment>remedy.jobs.no-catalog-bucket</comment>
        <translation>请先使用此配置文件运行 'station cloud bootstrap'。</translation>
    </message>
    <message>
        <source>Add it to the profile's [[groups]] and run 'station cloud bootstrap'.</source>
        <comment>remedy.jobs.no-group</comment>
        <translation>将其添加到配置文件的 [[groups]] 中，然后运行 'station cloud bootstrap'。</translation>
    </message>
    <message>
        <source>station job list shows the job ids.</source>
        <comment>remedy.jobs.no-job</comment>
        <translation>工作站命令 station job list 会显示任务 ID。</translation>
    </message>
    <message>
        <source>Name at least one thing or thing group (--target).</source>
        <comment>remedy.jobs.no-target</comment>
        <translation>至少指定一个事物或事物组（--target）。</translation>
    </message>
    <message>
        <source>Wait until the unit's config-upload job SUCCEEDED (station job show JOB_ID), then try again.</source>
        <comment>remedy.jobs.no-upload</comment>
        <translation>等待该设备的 config-upload 任务变为 SUCCEEDED（工作站命令 station job show JOB_ID），然后重试。</translation>
    </message>
    <message>
        <source>The unit keeps its previous version. Retry it once; if it fails again set it aside and tell the line engineer (the image or config may be bad).</source>
        <comment>remedy.jobs.not-applied</comment>
        <translation>设备保留其原版本。重试一次；如再次失败，将其放到一边并告知产线工程师（映像或配置可能有问题）。</translation>
    </message>
    <message>
        <source>Upload it first: station catalog upload {kind} --model {model} --version {version} --file FILE</source>
        <comment>remedy.jobs.not-in-catalog</comment>
        <translation>请先用工作站命令上传到目录：station catalog upload {kind} --model {model} --version {version} --file FILE</translation>
    </message>
    <message>
        <source>Check the unit's network (Wi-Fi/cellular/Ethernet) and that its firmware starts; then retry it.</source>
        <comment>remedy.jobs.not-online</comment>
        <translation>检查设备的网络（Wi-Fi/蜂窝/以太网）以及其固件能否启动；然后重试。</translation>
    </message>
    <message>
        <source>The device is slow or stuck; check its power and network and retry it.</source>
        <comment>remedy.jobs.not-ready</comment>
        <translation>设备运行缓慢或卡住；检查其电源和网络后重试。</translation>
    </message>
    <message>
        <source>Use the key 'station job config-upload' printed.</source>
        <comment>remedy.jobs.not-upload-key</comment>
        <translation>使用 'station job config-upload' 输出的键。</translation>
    </message>
    <message>
        <source>Shorten the notes (link to the full release notes instead).</source>
        <comment>remedy.jobs.notes-too-long</comment>
        <translation>缩短说明（改为链接到完整的发布说明）。</translation>
    </message>
    <message>
        <source>Grant the station's role s3:GetObject on the catalog prefix (resources/station-iam-policy.json), or run station cloud check.</source>
        <comment>remedy.jobs.object-denied</comment>
        <translation>向工作站的角色授予对目录前缀的 s3:GetObject（策略 resources/station-iam-policy.json），或在云中运行 station cloud check。</translation>
    </message>
    <message>
        <source>Use --from-upload KEY or --version V.</source>
        <comment>remedy.jobs.one-config-source</comment>
        <translation>使用 --from-upload KEY 或 --version V。</translation>
    </message>
    <message>
        <source>This release does not fit the unit (wrong model, a downgrade without force, or a malformed job); the line engineer must check the release.</source>
        <comment>remedy.jobs.refused</comment>
        <translation>此发布不适用于该设备（型号错误、未强制的降级，或任务格式错误）；产线工程师必须检查该发布。</translation>
    </message>
    <message>
        <source>Say which: --target thing/{name} or --target group/{name}.</source>
        <comment>remedy.jobs.target-both</comment>
        <translation>请说明是哪一个：--target thing/{name} 或 --target group/{name}。</translation>
    </message>
    <message>
        <source>Check the name (station job list shows jobs and their things).</source>
        <comment>remedy.jobs.target-not-found</comment>
        <translation>检查名称（工作站命令 station job list 会显示任务及其事物）。</translation>
    </message>
    <message>
        <source>Check the name (station job list shows jobs and their things); a unit or group of another line needs that line's station.</source>
        <comment>remedy.jobs.target-not-found-here</comment>
        <translation>检查名称（工作站命令 station job list 会显示任务及其事物）；其他产线的设备或组需要使用该产线的工作站。</translation>
    </message>
    <message>
        <source>Check the unit's power and network, then retry it.</source>
        <comment>remedy.jobs.timed-out</comment>
        <translation>检查设备的电源和网络，然后重试。</translation>
    </message>
    <message>
        <source>Use a version the profile's [catalog] versioning orders (semver by default; versioning = "pep440" for Python-style versions).</source>
        <comment>remedy.jobs.unordered-version</comment>
        <translation>使用配置文件 [catalog] 版本规则能够排序的版本（默认 semver；Python 风格版本用 versioning = "pep440"）。</translation>
    </message>
    <message>
        <source>Upload it under a new version number, or pass --replace if no unit can have received the old content yet.</source>
        <comment>remedy.jobs.version-exists</comment>
        <translation>以新版本号上传，或在尚无设备可能收到旧内容时使用 --replace。</translation>
    </message>
    <message>
        <source>Wait for it: it prints as soon as the printer is ready.</source>
        <comment>remedy.label-wait</comment>
        <translation>请等待：打印机就绪后立即打印。</translation>
    </message>
    <message>
        <source>Plug the board back in; the station resumes it from where it stopped.</source>
        <comment>remedy.link-lost</comment>
        <translation>重新插入板卡；工作站会从中断处继续。</translation>
    </message>
    <message>
        <source>Install the 'cloud' extra (pip install -e .[cloud]) and check the log it names.</source>
        <comment>remedy.local-cloud</comment>
        <translation>安装 'cloud' 附加组件（pip install -e .[cloud]）并查看其指出的日志。</translation>
    </message>
    <message>
        <source>Check that 'cryptography' is installed; see {log}.</source>
        <comment>remedy.local-cloud-ca</comment>
        <translation>检查是否已安装 'cryptography'；参见 {log}。</translation>
    </message>
    <message>
        <source>This ministack version defeats the station's guards or strict mode; install ministack==1.5.33 and policy_sentry (pip install -e .[cloud]).</source>
        <comment>remedy.local-cloud-hooks</comment>
        <translation>此 ministack 版本会绕过工作站的防护或严格模式；请安装 ministack==1.5.33 和 policy_sentry（pip install -e .[cloud]）。</translation>
    </message>
    <message>
        <source>pip install -e .[cloud]</source>
        <comment>remedy.local-cloud-install</comment>
        <translation>pip install -e .[cloud]</translation>
    </message>
    <message>
        <source>Check what else is listening on this machine; see {log}.</source>
        <comment>remedy.local-cloud-ports</comment>
        <translation>检查此机器上还有什么在监听；参见 {log}。</translation>
    </message>
    <message>
        <source>Start it first.</source>
        <comment>remedy.local-cloud-start</comment>
        <translation>请先启动它。</translation>
    </message>
    <message>
        <source>See the log {log}; the machine may be overloaded.</source>
        <comment>remedy.local-cloud-unhealthy</comment>
        <translation>请查看日志 {log}；机器可能过载。</translation>
    </message>
    <message>
        <source>Log in again: run `aws sso login --profile {profile}`, then check again.</source>
        <comment>remedy.login-sso</comment>
        <translation>重新登录：运行 `aws sso login --profile {profile}`，然后重新检查。</translation>
    </message>
    <message>
        <source>Log in again: run `aws sso login --profile {profile}` (AWS IAM Identity Center / SSO), or refresh the keys of profile '{profile}' with `aws configure --profile {profile}`; then check again.</source>
        <comment>remedy.login-sso-or-keys</comment>
        <translation>重新登录：运行 `aws sso login --profile {profile}`（AWS IAM Identity Center / SSO），或用 `aws configure --profile {profile}` 刷新配置文件“{profile}”的密钥；然后重新检查。</translation>
    </message>
    <message>
        <source>Name the line's AWS profile: set [cloud] profile in the station profile or AWS_PROFILE, then run `aws sso login --profile NAME` (SSO) or `aws configure` (access keys); then check again.</source>
        <comment>remedy.name-aws-profile</comment>
        <translation>指定产线的 AWS 配置文件：在工作站配置文件中设置 [cloud] profile 或设置 AWS_PROFILE，然后运行 `aws sso login --profile NAME`（SSO）或 `aws configure`（访问密钥）；然后重新检查。</translation>
    </message>
    <message>
        <source>Create it with `aws configure sso --profile {profile}` (or `aws configure --profile {profile}`), or fix [cloud] profile in the station profile.</source>
        <comment>remedy.no-aws-profile</comment>
        <translation>用 `aws configure sso --profile {profile}`（或 `aws configure --profile {profile}`）创建，或修正工作站配置文件中的 [cloud] profile。</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap' with this profile (it creates the thing types), then retries the unit.</source>
        <comment>remedy.no-thing-type</comment>
        <translation>产线工程师使用此配置文件运行 'station cloud bootstrap'（创建事物类型），然后重试该设备。</translation>
    </message>
    <message>
        <source>Retry the unit: the station switches the modem offline first. If it repeats, the application firmware keeps turning the modem on; flash the factory image or hold the application, then retry.</source>
        <comment>remedy.nrf91.active</comment>
        <translation>重试该设备：工作站会先将调制解调器切换为离线。如果重复出现，说明应用固件不断打开调制解调器；请烧录出厂映像或暂停应用，然后重试。</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, check the cable and the baud rate.</source>
        <comment>remedy.nrf91.bad-answer</comment>
        <translation>重试该设备；如重复出现，检查线缆和波特率。</translation>
    </message>
    <message>
        <source>Change the profile's naming pattern: at most 64 letters, digits and : _ . @ - characters.</source>
        <comment>remedy.nrf91.bad-cn</comment>
        <translation>修改配置文件中的命名规则：最多 64 个字母、数字及 : _ . @ - 字符。</translation>
    </message>
    <message>
        <source>The modem firmware is too old for this station; update it (nRF Connect Programmer), then retry.</source>
        <comment>remedy.nrf91.cfun-unsupported</comment>
        <translation>调制解调器固件对本工作站来说太旧；请更新（nRF Connect Programmer）后重试。</translation>
    </message>
    <message>
        <source>Retry the unit: the station deletes the old one and writes again.</source>
        <comment>remedy.nrf91.cmng-exists</comment>
        <translation>重试该设备：工作站会删除旧的并重新写入。</translation>
    </message>
    <message>
        <source>Delete unused credentials from the modem (e.g. with nrfcredstore 'delete'), or re-flash it; then retry the unit.</source>
        <comment>remedy.nrf91.cmng-full</comment>
        <translation>从调制解调器删除未使用的凭据（例如使用 nrfcredstore 'delete'），或重新烧录；然后重试该设备。</translation>
    </message>
    <message>
        <source>Choose another sec_tag in the profile's [drivers.nrf91] table (the line engineer), then retry.</source>
        <comment>remedy.nrf91.cmng-no-access</comment>
        <translation>在配置文件的 [drivers.nrf91] 表中选择另一个 sec_tag（由产线工程师操作），然后重试。</translation>
    </message>
    <message>
        <source>Retry the unit; the station writes it again.</source>
        <comment>remedy.nrf91.cmng-not-found</comment>
        <translation>重试该设备；工作站会重新写入。</translation>
    </message>
    <message>
        <source>Check the profile's [drivers.nrf91] sec_tag (0-2147483647) and the certificate file; then retry.</source>
        <comment>remedy.nrf91.cmng-parameters</comment>
        <translation>检查配置文件 [drivers.nrf91] 中的 sec_tag（0-2147483647）和证书文件；然后重试。</translation>
    </message>
    <message>
        <source>Update the modem firmware, then retry.</source>
        <comment>remedy.nrf91.disabled</comment>
        <translation>更新调制解调器固件后重试。</translation>
    </message>
    <message>
        <source>Check that the board runs modem firmware with AT access (at_client or the Zephyr AT shell) and retry; if it repeats, set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.error</comment>
        <translation>检查板卡运行的是带 AT 访问的调制解调器固件（at_client 或 Zephyr AT shell）并重试；如重复出现，将设备放到一边并带着错误码联系产线工程师。</translation>
    </message>
    <message>
        <source>Retry the unit once; if it fails again, set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.keygen-failed</comment>
        <translation>重试该设备一次；如再次失败，将设备放到一边并带着错误码联系产线工程师。</translation>
    </message>
    <message>
        <source>Delete unused credentials from the modem, then retry.</source>
        <comment>remedy.nrf91.keygen-full</comment>
        <translation>从调制解调器删除未使用的凭据，然后重试。</translation>
    </message>
    <message>
        <source>Choose another sec_tag in the profile's [drivers.nrf91] table, then retry.</source>
        <comment>remedy.nrf91.keygen-no-access</comment>
        <translation>在配置文件的 [drivers.nrf91] 表中选择另一个 sec_tag，然后重试。</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set it aside.</source>
        <comment>remedy.nrf91.keygen-not-found</comment>
        <translation>重试该设备；如重复出现，将其放到一边。</translation>
    </message>
    <message>
        <source>Check the profile's sec_tag and naming pattern (the thing name must be plain ASCII without quotes); then retry.</source>
        <comment>remedy.nrf91.keygen-parameters</comment>
        <translation>检查配置文件的 sec_tag 和命名规则（事物名称必须为不含引号的纯 ASCII）；然后重试。</translation>
    </message>
    <message>
        <source>The modem may still be generating the key: wait a few seconds and retry the unit; if it repeats, raise serial.timeouts.keygen in the profile.</source>
        <comment>remedy.nrf91.keygen-timeout</comment>
        <translation>调制解调器可能仍在生成密钥：等待几秒后重试该设备；如重复出现，请在配置文件中调高 serial.timeouts.keygen。</translation>
    </message>
    <message>
        <source>Check that the board runs nRF91 firmware with AT access (at_client, or CONFIG_AT_SHELL in the application) and that this is its modem port.</source>
        <comment>remedy.nrf91.no-at</comment>
        <translation>检查板卡运行的是带 AT 访问的 nRF91 固件（at_client，或应用中的 CONFIG_AT_SHELL），并确认这是它的调制解调器端口。</translation>
    </message>
    <message>
        <source>Use certificates.mode = "csr" for nRF91 units; if KEYGEN fails, set the unit aside.</source>
        <comment>remedy.nrf91.no-key-import</comment>
        <translation>nRF91 设备请使用 certificates.mode = "csr"；如果 KEYGEN 失败，将设备放到一边。</translation>
    </message>
    <message>
        <source>Clear endpoint_setting / thing_setting in [drivers.nrf91], or use application firmware with the Zephyr shell (mode = "shell").</source>
        <comment>remedy.nrf91.no-shell</comment>
        <translation>清空 [drivers.nrf91] 中的 endpoint_setting / thing_setting，或使用带 Zephyr shell 的应用固件（mode = "shell"）。</translation>
    </message>
    <message>
        <source>Check the unit's power supply or battery (charge it), then retry.</source>
        <comment>remedy.nrf91.power-off-warning</comment>
        <translation>检查设备的电源或电池（充电），然后重试。</translation>
    </message>
    <message>
        <source>Set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.set-aside</comment>
        <translation>将设备放到一边，并带着错误码联系产线工程师。</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set it aside and call the line engineer.</source>
        <comment>remedy.nrf91.shell-failed</comment>
        <translation>重试该设备；如重复出现，将其放到一边并联系产线工程师。</translation>
    </message>
    <message>
        <source>Flash application firmware with the AT shell and the settings shell enabled (docs/nrf91.md), or set [drivers.nrf91] mode / settings options to match it.</source>
        <comment>remedy.nrf91.shell-unknown</comment>
        <translation>烧录启用了 AT shell 和 settings shell 的应用固件（docs/nrf91.md），或调整 [drivers.nrf91] 中的 mode / settings 选项以匹配。</translation>
    </message>
    <message>
        <source>The application firmware keeps turning the modem on: flash the factory image, or hold the application (e.g. its shell's modem commands), then retry the unit.</source>
        <comment>remedy.nrf91.stayed-active</comment>
        <translation>应用固件不断打开调制解调器：请烧录出厂映像，或暂停应用（例如通过其 shell 的调制解调器命令），然后重试该设备。</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, the modem's credential storage is faulty: set the unit aside.</source>
        <comment>remedy.nrf91.storage</comment>
        <translation>重试该设备；如重复出现，说明调制解调器的凭据存储有故障：将设备放到一边。</translation>
    </message>
    <message>
        <source>Update the modem firmware (mfw 1.3 or newer) and retry.</source>
        <comment>remedy.nrf91.unsupported</comment>
        <translation>更新调制解调器固件（mfw 1.3 或更新版本）后重试。</translation>
    </message>
    <message>
        <source>The modem reports an identity the station cannot trust: set the unit aside and call the line engineer (wrong firmware, or not an nRF91).</source>
        <comment>remedy.nrf91.untrusted-identity</comment>
        <translation>调制解调器报告的身份工作站无法信任：将设备放到一边并联系产线工程师（固件错误，或不是 nRF91）。</translation>
    </message>
    <message>
        <source>Boards could not connect: open outbound TCP 8883 (MQTT over TLS) to the endpoint, or check [cloud] mqtt_endpoint.</source>
        <comment>remedy.open-8883</comment>
        <translation>板卡无法连接：开放到终端节点的出站 TCP 8883（基于 TLS 的 MQTT），或检查 [cloud] mqtt_endpoint。</translation>
    </message>
    <message>
        <source>Set the board aside for QA; rework needs rework.policy = 'reuse' or 'reprovision'. Nothing was changed.</source>
        <comment>remedy.pipeline.already-provisioned</comment>
        <translation>将板卡交给 QA；返工需要 rework.policy = 'reuse' 或 'reprovision'。未做任何更改。</translation>
    </message>
    <message>
        <source>Set the board aside; its factory firmware must report the {field} without spaces or other such characters (the line engineer can fix the firmware or its settings).</source>
        <comment>remedy.pipeline.bad-identity</comment>
        <translation>将板卡放到一边；其出厂固件报告的 {field} 不得含空格等字符（产线工程师可修正固件或其设置）。</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again, check that no other station or tool works on this serial.</source>
        <comment>remedy.pipeline.claim</comment>
        <translation>重试该设备；如再次失败，检查是否有其他工作站或工具在处理此序列号。</translation>
    </message>
    <message>
        <source>Set the board aside (its firmware cannot make a key), or the line engineer enables certificates.mode = "csr-or-cloud-keys".</source>
        <comment>remedy.pipeline.csr-refused</comment>
        <translation>将板卡放到一边（其固件无法生成密钥），或由产线工程师启用 certificates.mode = "csr-or-cloud-keys"。</translation>
    </message>
    <message>
        <source>Check the serial label against the board; a reworked board needs the rework procedure (QA). Nothing new was created.</source>
        <comment>remedy.pipeline.foreign-certificate</comment>
        <translation>核对序列号标签与板卡；返工的板卡需走返工流程（QA）。未创建任何新内容。</translation>
    </message>
    <message>
        <source>Report this to the station's developers with the log file; retry the unit.</source>
        <comment>remedy.pipeline.internal-error</comment>
        <translation>将此问题连同日志文件报告给工作站开发人员；重试该设备。</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again set the board aside.</source>
        <comment>remedy.pipeline.key-mismatch</comment>
        <translation>重试该设备；如再次失败，将板卡放到一边。</translation>
    </message>
    <message>
        <source>Set the board aside for QA; to provision it again the line engineer sets rework.policy = 'reprovision'. The new certificate was set INACTIVE.</source>
        <comment>remedy.pipeline.keyless-certificate</comment>
        <translation>将板卡交给 QA；如需重新配置，由产线工程师设置 rework.policy = 'reprovision'。新证书已设为 INACTIVE。</translation>
    </message>
    <message>
        <source>The line engineer sets certificates.mode = "csr" for this line; the board is fine. Nothing was created in the cloud.</source>
        <comment>remedy.pipeline.keys-on-board</comment>
        <translation>由产线工程师为此产线设置 certificates.mode = "csr"；板卡没有问题。云中未创建任何内容。</translation>
    </message>
    <message>
        <source>Set the board aside, or the line engineer enables certificates.mode = "csr-or-cloud-keys".</source>
        <comment>remedy.pipeline.no-csr</comment>
        <translation>将板卡放到一边，或由产线工程师启用 certificates.mode = "csr-or-cloud-keys"。</translation>
    </message>
    <message>
        <source>The line engineer adds a [[groups]] rule for this model to the profile.</source>
        <comment>remedy.pipeline.no-group</comment>
        <translation>由产线工程师在配置文件中为此型号添加 [[groups]] 组规则。</translation>
    </message>
    <message>
        <source>Flash the factory firmware that supports key generation; set the board aside.</source>
        <comment>remedy.pipeline.no-key-at-all</comment>
        <translation>烧录支持密钥生成的出厂固件；将板卡放到一边。</translation>
    </message>
    <message>
        <source>Retry the unit; the board makes a new key and gets a new certificate.</source>
        <comment>remedy.pipeline.not-csr-key</comment>
        <translation>重试该设备；板卡会生成新密钥并获得新证书。</translation>
    </message>
    <message>
        <source>Provision it on one station only; if {station} stopped, retry after {ttl} s.</source>
        <comment>remedy.pipeline.other-station</comment>
        <translation>只在一个工作站上配置；如果 {station} 已停止，{ttl} 秒后重试。</translation>
    </message>
    <message>
        <source>Set both boards aside and have their serial numbers checked; nothing was created in the cloud for this one.</source>
        <comment>remedy.pipeline.serial-twice</comment>
        <translation>将两块板卡都放到一边并核查其序列号；云中未为此板卡创建任何内容。</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again the board's storage is faulty.</source>
        <comment>remedy.pipeline.storage</comment>
        <translation>重试该设备；如再次失败，说明板卡存储有故障。</translation>
    </message>
    <message>
        <source>Check that this board belongs on this line; otherwise the line engineer adds the model to the profile.</source>
        <comment>remedy.pipeline.unknown-model</comment>
        <translation>检查此板卡是否属于本产线；否则由产线工程师将该型号添加到配置文件。</translation>
    </message>
    <message>
        <source>Check the printer (power, cable or network, paper, head); queued labels print by themselves once it is ready.</source>
        <comment>remedy.printer</comment>
        <translation>检查打印机（电源、线缆或网络、纸张、打印头）；打印机就绪后，排队的标签会自动打印。</translation>
    </message>
    <message>
        <source>Fix labels.printer in the station profile (ask the line engineer).</source>
        <comment>remedy.printer-address</comment>
        <translation>修正工作站配置文件中的 labels.printer（询问产线工程师）。</translation>
    </message>
    <message>
        <source>Fix the station profile (ask the line engineer) and start the station again.</source>
        <comment>remedy.profile</comment>
        <translation>修正工作站配置文件（询问产线工程师），然后重新启动工作站。</translation>
    </message>
    <message>
        <source>Flash the factory firmware the station profile expects, or change the driver.</source>
        <comment>remedy.protocol-mismatch</comment>
        <translation>烧录工作站配置文件要求的出厂固件，或更换驱动。</translation>
    </message>
    <message>
        <source>Type the configuration version to send, or release one to the group first.</source>
        <comment>remedy.qa-no-config</comment>
        <translation>输入要发送的配置版本，或先向该组发布一个版本。</translation>
    </message>
    <message>
        <source>Check the serial (scan the label again); a unit that never passed registration has no thing yet.</source>
        <comment>remedy.qa-not-found</comment>
        <translation>检查序列号（重新扫描标签）；从未通过注册的设备还没有事物。</translation>
    </message>
    <message>
        <source>Scan or type a serial number or a thing name.</source>
        <comment>remedy.qa-scan</comment>
        <translation>扫描或输入序列号或事物名称。</translation>
    </message>
    <message>
        <source>Look one of them up by its thing name.</source>
        <comment>remedy.qa-several</comment>
        <translation>按事物名称查找其中一个。</translation>
    </message>
    <message>
        <source>Check --db; the station creates the file when it provisions its first unit.</source>
        <comment>remedy.records-db</comment>
        <translation>检查 --db；工作站在配置第一台设备时会创建该文件。</translation>
    </message>
    <message>
        <source>Keep the records database on a local disk, not a network share.</source>
        <comment>remedy.records-local-disk</comment>
        <translation>将记录数据库放在本地磁盘上，不要放在网络共享中。</translation>
    </message>
    <message>
        <source>Open it with the station version that wrote it, or point --db at another file; never edit the records database by hand.</source>
        <comment>remedy.records-schema</comment>
        <translation>用写入它的工作站版本打开，或将 --db 指向另一个文件；切勿手动编辑记录数据库。</translation>
    </message>
    <message>
        <source>Renew the station's AWS login: run 'aws sso login --profile {profile}' (or refresh the credentials of profile '{profile}' the way your company issues them), then retry the unit.</source>
        <comment>remedy.renew-profile</comment>
        <translation>续订工作站的 AWS 登录：运行 'aws sso login --profile {profile}'（或按公司的方式刷新配置文件“{profile}”的凭证），然后重试该设备。</translation>
    </message>
    <message>
        <source>Restart the station (the embedded cloud is not answering).</source>
        <comment>remedy.restart-embedded</comment>
        <translation>重新启动工作站（内置云无响应）。</translation>
    </message>
    <message>
        <source>Check the station's network and AWS credentials, then revoke again; 'station records search SERIAL' lists the unit's certificates.</source>
        <comment>remedy.revoke</comment>
        <translation>检查工作站的网络和 AWS 凭证，然后再次吊销；'station records search SERIAL' 会列出该设备的证书。</translation>
    </message>
    <message>
        <source>While the line CA is INACTIVE no certificate it signed is provisioned. Before it is set ACTIVE again ('station cloud ca'), revoke this unit again in the same change, with auto-registration off until it is done.</source>
        <comment>remedy.revoke-ca-inactive</comment>
        <translation>产线 CA 为 INACTIVE 期间，不会配置任何由它签发的证书。在将其重新设为 ACTIVE（'station cloud ca'）之前，请在同一变更中再次吊销此设备，并在完成前关闭自动注册。</translation>
    </message>
    <message>
        <source>No board it signed can connect yet. The line engineer runs 'station cloud bootstrap' with the factory-ca profile (it registers the line CA), then revoke again before any of these boards goes online.</source>
        <comment>remedy.revoke-ca-unknown</comment>
        <translation>由它签发的板卡目前都还无法连接。由产线工程师使用 factory-ca 配置文件运行 'station cloud bootstrap'（它会注册产线 CA），然后在这些板卡上线之前再次吊销。</translation>
    </message>
    <message>
        <source>Run the command with the factory-ca profile whose [certificates.factory_ca] ca_certificate signed this unit, then revoke again.</source>
        <comment>remedy.revoke-no-ca</comment>
        <translation>使用签发此设备的 [certificates.factory_ca] ca_certificate 所在的 factory-ca 配置文件运行该命令，然后再次吊销。</translation>
    </message>
    <message>
        <source>Give the unit's certificate (it is public: read it from the board, or from the station that signed it) with --certificate FILE, then revoke again.</source>
        <comment>remedy.revoke-no-pem</comment>
        <translation>用 --certificate FILE 提供该设备的证书（证书是公开的：可从板卡读取，或从签发它的工作站获取），然后再次吊销。</translation>
    </message>
    <message>
        <source>Check the serial (scan the label again); 'station records search' shows what this station recorded. A unit provisioned by another station is revoked there, or by its thing's certificates once it has connected.</source>
        <comment>remedy.revoke-nothing</comment>
        <translation>检查序列号（重新扫描标签）；'station records search' 会显示本工作站记录的内容。由其他工作站配置的设备需在该工作站吊销，或在其连接后通过其事物的证书吊销。</translation>
    </message>
    <message>
        <source>Give this unit's own certificate (the first one of the chain the board holds), then revoke again.</source>
        <comment>remedy.revoke-other-pem</comment>
        <translation>提供此设备自己的证书（板卡所持证书链中的第一个），然后再次吊销。</translation>
    </message>
    <message>
        <source>Run `station cloud bootstrap` as the line engineer (it creates what is missing).</source>
        <comment>remedy.run-bootstrap</comment>
        <translation>以产线工程师身份运行 `station cloud bootstrap`（创建缺失的内容）。</translation>
    </message>
    <message>
        <source>Run `station cloud bootstrap --profile {profile}` as the line engineer (it creates what is missing).</source>
        <comment>remedy.run-bootstrap-with</comment>
        <translation>以产线工程师身份运行 `station cloud bootstrap --profile {profile}`（创建缺失的内容）。</translation>
    </message>
    <message>
        <source>See the log {log}.</source>
        <comment>remedy.see-log</comment>
        <translation>请查看日志 {log}。</translation>
    </message>
    <message>
        <source>See the station log; run `station demo --boards 2 --plain` to watch the steps.</source>
        <comment>remedy.selftest</comment>
        <translation>请查看工作站日志；运行 `station demo --boards 2 --plain` 观察各步骤。</translation>
    </message>
    <message>
        <source>Set the PC's clock (enable time sync / NTP) and check again.</source>
        <comment>remedy.set-clock</comment>
        <translation>校准电脑时钟（启用时间同步 / NTP）后重新检查。</translation>
    </message>
    <message>
        <source>Set [cloud] region.</source>
        <comment>remedy.set-region</comment>
        <translation>设置 [cloud] region。</translation>
    </message>
    <message>
        <source>Set [cloud] region in the profile.</source>
        <comment>remedy.set-region-in-profile</comment>
        <translation>在配置文件中设置 [cloud] region。</translation>
    </message>
    <message>
        <source>Set the role's trust policy to allow the service iot.amazonaws.com sts:AssumeRole (`station cloud bootstrap` creates it so).</source>
        <comment>remedy.set-trust</comment>
        <translation>将该角色的信任策略设置为允许服务 iot.amazonaws.com 执行 sts:AssumeRole（`station cloud bootstrap` 会这样创建）。</translation>
    </message>
    <message>
        <source>Undeprecate it (`aws iot deprecate-thing-type --thing-type-name {thing_type} --undo-deprecate`) or name another thing type in the profile.</source>
        <comment>remedy.undeprecate</comment>
        <translation>取消弃用（`aws iot deprecate-thing-type --thing-type-name {thing_type} --undo-deprecate`），或在配置文件中指定其他事物类型。</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS, and AWS refuses to register it because its line CA is not ACTIVE ({answer})</source>
        <comment>revoke.ca-inactive</comment>
        <translation>AWS 从未见过证书 {certificate}，且因其产线 CA 不是 ACTIVE，AWS 拒绝注册它（{answer}）</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS, and its line CA is not registered with AWS IoT</source>
        <comment>revoke.ca-unknown</comment>
        <translation>AWS 从未见过证书 {certificate}，且其产线 CA 未在 AWS IoT 中注册</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS and no known line CA certificate issued it, so it cannot be registered as revoked</source>
        <comment>revoke.no-ca</comment>
        <translation>AWS 从未见过证书 {certificate}，且它不是由任何已知的产线 CA 证书签发的，因此无法注册为已吊销</translation>
    </message>
    <message>
        <source>certificate {certificate} of serial {serial} was never seen by AWS, and the records do not keep the certificate itself, which registering it as revoked needs</source>
        <comment>revoke.no-pem</comment>
        <translation>AWS 从未见过序列号 {serial} 的证书 {certificate}，且记录中未保存注册为已吊销所需的证书本身</translation>
    </message>
    <message>
        <source>no certificate of serial {serial} in this station's records or in the cloud</source>
        <comment>revoke.nothing</comment>
        <translation>本工作站的记录和云中都没有序列号 {serial} 的证书</translation>
    </message>
    <message>
        <source>the certificate given for {certificate} is another certificate (its id is {actual})</source>
        <comment>revoke.other-pem</comment>
        <translation>为 {certificate} 提供的证书是另一个证书（其 ID 为 {actual}）</translation>
    </message>
    <message>
        <source>{step}: {cause}</source>
        <comment>selftest.failed-at</comment>
        <translation>{step}：{cause}</translation>
    </message>
    <message>
        <source>{ready} of {boards} boards reached ready ({failed} failed, {running} unfinished after {seconds} s)</source>
        <comment>selftest.not-ready</comment>
        <translation>{boards} 块板卡中有 {ready} 块就绪（{failed} 块失败，{seconds} 秒后仍有 {running} 块未完成）</translation>
    </message>
    <message>
        <source>{ready} of {boards} boards reached ready ({failed} failed, {running} unfinished after {seconds} s); first problem at {step}: {cause}</source>
        <comment>selftest.not-ready-at</comment>
        <translation>{boards} 块板卡中有 {ready} 块就绪（{failed} 块失败，{seconds} 秒后仍有 {running} 块未完成）；第一个问题在 {step}：{cause}</translation>
    </message>
    <message>
        <source>Linking certificate and group</source>
        <comment>state.attaching</comment>
        <translation>正在关联证书和组</translation>
    </message>
    <message>
        <source>Plugged in, not started</source>
        <comment>state.connected</comment>
        <translation>已插入，未启动</translation>
    </message>
    <message>
        <source>Waiting for the device to come online</source>
        <comment>state.connecting</comment>
        <translation>等待设备上线</translation>
    </message>
    <message>
        <source>Stopped with an error</source>
        <comment>state.failed</comment>
        <translation>因错误停止</translation>
    </message>
    <message>
        <source>Board is making its key</source>
        <comment>state.generating-key</comment>
        <translation>板卡正在生成密钥</translation>
    </message>
    <message>
        <source>Reading the board's identity</source>
        <comment>state.identifying</comment>
        <translation>正在读取板卡身份</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>state.passed</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Registering in the cloud</source>
        <comment>state.registering</comment>
        <translation>正在云中注册</translation>
    </message>
    <message>
        <source>Board removed</source>
        <comment>state.removed</comment>
        <translation>板卡已拔出</translation>
    </message>
    <message>
        <source>Signing the board's certificate</source>
        <comment>state.signing</comment>
        <translation>正在签发板卡的证书</translation>
    </message>
    <message>
        <source>Installing firmware and configuration</source>
        <comment>state.updating</comment>
        <translation>正在安装固件和配置</translation>
    </message>
    <message>
        <source>Checking what the board stored</source>
        <comment>state.verifying</comment>
        <translation>正在检查板卡存储的内容</translation>
    </message>
    <message>
        <source>Provisioned, waiting for the cloud</source>
        <comment>state.waiting-cloud</comment>
        <translation>已配置，等待云</translation>
    </message>
    <message>
        <source>Writing the certificate to the board</source>
        <comment>state.writing</comment>
        <translation>正在将证书写入板卡</translation>
    </message>
    <message>
        <source>certificate and group</source>
        <comment>step.attaching</comment>
        <translation>证书和组</translation>
    </message>
    <message>
        <source>start</source>
        <comment>step.connected</comment>
        <translation>启动</translation>
    </message>
    <message>
        <source>device online</source>
        <comment>step.connecting</comment>
        <translation>设备上线</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step.failed</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>key generation</source>
        <comment>step.generating-key</comment>
        <translation>密钥生成</translation>
    </message>
    <message>
        <source>identify</source>
        <comment>step.identifying</comment>
        <translation>识别</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>step.passed</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>cloud registration</source>
        <comment>step.registering</comment>
        <translation>云注册</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>step.removed</comment>
        <translation>已拔出</translation>
    </message>
    <message>
        <source>certificate signing</source>
        <comment>step.signing</comment>
        <translation>证书签发</translation>
    </message>
    <message>
        <source>firmware and config update</source>
        <comment>step.updating</comment>
        <translation>固件和配置更新</translation>
    </message>
    <message>
        <source>read-back check</source>
        <comment>step.verifying</comment>
        <translation>回读校验</translation>
    </message>
    <message>
        <source>waiting for the cloud</source>
        <comment>step.waiting-cloud</comment>
        <translation>等待云</translation>
    </message>
    <message>
        <source>writing to the board</source>
        <comment>step.writing</comment>
        <translation>写入板卡</translation>
    </message>
</context>
</TS>
