<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../ui/actions.py" line="21" />
        <source>Not connected yet: arrives with the jobs API</source>
        <translation>Chưa kết nối: sẽ có cùng API tác vụ</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77" />
        <source>Needs the {role} role.</source>
        <translation>Cần vai trò {role}.</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <location filename="../../ui/acting.py" line="33" />
        <source>{where}{cause}
Do this: {remedy}</source>
        <translation>{where}{cause}
Cách khắc phục: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="34" />
        <source>the cloud refused the request ({code}: {message})
Do this: check the name and version, then try again; if it keeps failing, call the line engineer.</source>
        <translation>đám mây đã từ chối yêu cầu ({code}: {message})
Cách khắc phục: kiểm tra tên và phiên bản rồi thử lại; nếu vẫn lỗi, hãy gọi kỹ sư chuyền.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="36" />
        <source>the cloud could not be reached ({error})
Do this: check the network, then try again.</source>
        <translation>không kết nối được đám mây ({error})
Cách khắc phục: kiểm tra mạng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="38" />
        <source>unexpected error {kind}: {error}
Do this: report it with the log file to the developers.</source>
        <translation>lỗi không mong đợi {kind}: {error}
Cách khắc phục: báo cho nhà phát triển kèm tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="40" />
        <source>{action} refused: it needs the {role} role (unlocked now: {current}).</source>
        <translation>{action} bị từ chối: cần vai trò {role} (đang mở khóa: {current}).</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="41" />
        <source>{action} not done: the station is not connected to the cloud yet.</source>
        <translation>{action} chưa thực hiện: trạm chưa kết nối với đám mây.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="42" />
        <source>{action} not started: another action is still running; wait for it.</source>
        <translation>{action} chưa bắt đầu: một thao tác khác đang chạy; hãy chờ.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="43" />
        <source>{action} not done: not confirmed.</source>
        <translation>{action} chưa thực hiện: chưa xác nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="44" />
        <source>… {action} {target}: working</source>
        <translation>… {action} {target}: đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="45" />
        <source>… {action} {target}: waiting for AWS ({why}; {op} again in {delay} s)</source>
        <translation>… {action} {target}: đang chờ AWS ({why}; thử lại {op} sau {delay} s)</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="46" />
        <source>{action} failed: {error}</source>
        <translation>{action} thất bại: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="216" />
        <source>done</source>
        <extracomment>The same in English, for the audit trail ("" = ``text``, e.g. a view's own words).</extracomment>
        <translation>xong</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../ui/confirm.py" line="43" />
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/confirm.py" line="44" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="56" />
        <source>Units per hour</source>
        <translation>Thiết bị mỗi giờ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="57" />
        <source>units</source>
        <translation>thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="58" />
        <source>hour of the shift (start)</source>
        <translation>giờ của ca (bắt đầu)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="85" />
        <source>Cycle time</source>
        <translation>Thời gian chu kỳ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="86" />
        <source>steps</source>
        <translation>bước</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="87" />
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="128" />
        <source>Failures by cause</source>
        <translation>Lỗi theo nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129" />
        <source>failures</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="130" />
        <source>cause (rank, see the table)</source>
        <translation>nguyên nhân (thứ hạng, xem bảng)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="131" />
        <source>cumulative %</source>
        <translation>lũy kế %</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="194" />
        <source>Shift:</source>
        <extracomment>Shift choices: hours back from now, or 0 = this station run. Seconds between refreshes while nothing finishes (a finished unit refreshes at once).</extracomment>
        <translation>Ca:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 8 hours</source>
        <translation>8 giờ qua</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 12 hours</source>
        <translation>12 giờ qua</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 24 hours</source>
        <translation>24 giờ qua</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="196" />
        <source>This station run</source>
        <translation>Lần chạy trạm này</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="199" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="200" />
        <source>Export report…</source>
        <translation>Xuất báo cáo…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="201" />
        <source>Save the shift report as HTML or PDF</source>
        <translation>Lưu báo cáo ca dạng HTML hoặc PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <source>First-pass yield</source>
        <translation>Tỷ lệ đạt lần đầu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="203" />
        <source>Slots that keep failing</source>
        <translation>Vị trí lỗi lặp lại</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="206" />
        <source>Step:</source>
        <translation>Bước:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="207" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Failures by cause</source>
        <translation>Lỗi theo nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="358" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="209" />
        <location filename="../../ui/dashboard/view.py" line="219" />
        <location filename="../../ui/dashboard/view.py" line="361" />
        <source>Failures</source>
        <translation>Số lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="209" />
        <location filename="../../ui/dashboard/view.py" line="361" />
        <source>Cumulative</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="210" />
        <location filename="../../ui/dashboard/view.py" line="362" />
        <source>Slot health</source>
        <translation>Tình trạng vị trí</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Failure rate</source>
        <translation>Tỷ lệ lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <source>Failures in a row</source>
        <translation>Lỗi liên tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="271" />
        <source>Could not read the records: {error}</source>
        <translation>Không đọc được hồ sơ ghi: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="270" />
        <source>Updated {time}</source>
        <translation>Cập nhật {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="307" />
        <location filename="../../ui/dashboard/view.py" line="349" />
        <source>Keeps failing</source>
        <translation>Lỗi lặp lại</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="307" />
        <location filename="../../ui/dashboard/view.py" line="349" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="311" />
        <source>A slot keeps failing when its last {streak} units failed and they were not all the same board, or when at least {rate} % of its {attempts} or more units failed.</source>
        <translation>Một vị trí bị coi là lỗi lặp lại khi {streak} thiết bị gần nhất đều lỗi và không cùng một bo mạch, hoặc khi ít nhất {rate} % trong {attempts} thiết bị trở lên bị lỗi.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="330" />
        <source>No finished steps in this shift yet.</source>
        <translation>Chưa có bước nào hoàn tất trong ca này.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="332" />
        <source>{count} steps, median {median:.1f} s, mean {mean:.1f} s</source>
        <translation>{count} bước, trung vị {median:.1f} s, trung bình {mean:.1f} s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="343" />
        <source>Interrupted (board pulled, station stopped)</source>
        <translation>Bị gián đoạn (rút bo mạch, trạm dừng)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="352" />
        <source>Shift report {station}</source>
        <translation>Báo cáo ca {station}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="353" />
        <source>Units finished from {since} to {until}</source>
        <translation>Thiết bị hoàn tất từ {since} đến {until}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Units per hour</source>
        <translation>Thiết bị mỗi giờ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Hour from</source>
        <translation>Giờ từ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Cycle time per step</source>
        <translation>Thời gian chu kỳ mỗi bước</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Median (s)</source>
        <translation>Trung vị (s)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="359" />
        <source>Mean (s)</source>
        <translation>Trung bình (s)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="374" />
        <source>Export the shift report</source>
        <translation>Xuất báo cáo ca</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="375" />
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Báo cáo HTML (*.html);;Báo cáo PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="273" />
        <source>Could not export the report: {error}</source>
        <translation>Không xuất được báo cáo: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="272" />
        <source>Report saved: {path}</source>
        <translation>Đã lưu báo cáo: {path}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/operator/detail.py" line="120" />
        <source>Cloud identity</source>
        <translation>Danh tính trên đám mây</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="121" />
        <source>Thing name</source>
        <translation>Tên thing</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="121" />
        <source>Certificate id</source>
        <translation>ID chứng chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="122" />
        <source>Thing group</source>
        <translation>Nhóm thing</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="122" />
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="124" />
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="125" />
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="127" />
        <source>Job progress</source>
        <translation>Tiến độ tác vụ</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="128" />
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="154" />
        <source>Printed once the unit is ready</source>
        <translation>In khi thiết bị sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="155" />
        <source>Printed once the unit passes</source>
        <translation>In khi thiết bị đạt</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="157" />
        <source>Reprint: {status}</source>
        <translation>In lại: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="166" />
        <source>Select a slot to see its details</source>
        <translation>Chọn một vị trí để xem chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="175" />
        <source>serial not read yet</source>
        <translation>chưa đọc số sê-ri</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="176" />
        <source>Unit {unit}: {serial} — {result}</source>
        <translation>Thiết bị {unit}: {serial} — {result}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="186" />
        <source>{seconds} s</source>
        <translation>{seconds} giây</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="188" />
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="188" />
        <source>running…</source>
        <translation>đang chạy…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="198" />
        <source>Waiting for the first job update</source>
        <translation>Đang chờ cập nhật tác vụ đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="199" />
        <source>No job activity: this station passes units once registered</source>
        <translation>Không có hoạt động tác vụ: trạm này cho thiết bị đạt ngay khi đăng ký xong</translation>
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
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="47" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Model</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="48" />
        <location filename="../../ui/engineer/view.py" line="172" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="48" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="49" />
        <source>Uploaded</source>
        <translation>Đã tải lên</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="50" />
        <location filename="../../ui/engineer/view.py" line="188" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="52" />
        <source>firmware</source>
        <extracomment>The catalog's kinds (data) and their words.</extracomment>
        <translation>firmware</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="53" />
        <source>config</source>
        <translation>cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="101" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="102" />
        <source>PROBLEM</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="103" />
        <location filename="../../ui/engineer/view.py" line="169" />
        <source>not checked</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="108" />
        <source>do this: {remedy}</source>
        <translation>cách khắc phục: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="158" />
        <source>Station profile (read-only)</source>
        <translation>Hồ sơ trạm (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="162" />
        <source>Cloud connection</source>
        <translation>Kết nối đám mây</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="163" />
        <source>Check connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Target</source>
        <translation>Đích</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="170" />
        <source>Release firmware or configuration to a group</source>
        <translation>Phát hành firmware hoặc cấu hình cho một nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="171" />
        <source>version from the catalog</source>
        <translation>phiên bản từ danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="172" />
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="175" />
        <source>Release…</source>
        <translation>Phát hành…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="176" />
        <source>New continuous job for the group; the old one is cancelled</source>
        <translation>Tác vụ liên tục mới cho nhóm; tác vụ cũ bị hủy</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="180" />
        <source>Upload to the catalog</source>
        <translation>Tải lên danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="181" />
        <source>new version, e.g. 1.4.2</source>
        <translation>phiên bản mới, ví dụ 1.4.2</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="182" />
        <source>release notes (optional, at most 1024 characters)</source>
        <translation>ghi chú phát hành (tùy chọn, tối đa 1024 ký tự)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="183" />
        <source>firmware image (.bin) or configuration (.json)</source>
        <translation>ảnh firmware (.bin) hoặc cấu hình (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="184" />
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="185" />
        <source>Replace an existing version</source>
        <translation>Thay thế phiên bản hiện có</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="186" />
        <source>Only if no unit can have received the old content yet (confirmed)</source>
        <translation>Chỉ khi chưa thiết bị nào có thể đã nhận nội dung cũ (cần xác nhận)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="188" />
        <location filename="../../ui/engineer/view.py" line="218" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="190" />
        <source>Upload to catalog</source>
        <translation>Tải lên danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="191" />
        <source>Add a firmware image or configuration version</source>
        <translation>Thêm ảnh firmware hoặc phiên bản cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="192" />
        <source>Firmware and configuration catalog</source>
        <translation>Danh mục firmware và cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="194" />
        <source>Not loaded.</source>
        <translation>Chưa tải.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="195" />
        <source>Refresh catalog</source>
        <translation>Làm mới danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="212" />
        <source>embedded local cloud</source>
        <translation>đám mây cục bộ tích hợp</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="213" />
        <source>AWS, profile {profile}, region {region}</source>
        <translation>AWS, hồ sơ {profile}, vùng {region}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="214" />
        <source>(default chain)</source>
        <translation>(chuỗi mặc định)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>model</source>
        <translation>mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>rev</source>
        <translation>rev</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>line</source>
        <translation>chuyền</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="218" />
        <source>packaged demo profile</source>
        <translation>hồ sơ demo đi kèm</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="220" />
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="220" />
        <source>{station}, batch {batch}</source>
        <translation>{station}, lô {batch}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="222" />
        <source>Cloud</source>
        <translation>Đám mây</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="223" />
        <source>In parallel</source>
        <translation>Song song</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="224" />
        <source>Thing names</source>
        <translation>Tên thing</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="225" />
        <source>Keys</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="226" />
        <source>Device policy</source>
        <translation>Chính sách thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="226" />
        <source>{policy} (attached to the {target})</source>
        <translation>{policy} (gắn vào {target})</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="228" />
        <source>Unit passes when</source>
        <translation>Thiết bị đạt khi</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="229" />
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="233" />
        <source>Models</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="238" />
        <source>registered (certificate written and verified)</source>
        <translation>đã đăng ký (chứng chỉ đã ghi và xác minh)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="239" />
        <source>ready (every current job of its group succeeded)</source>
        <translation>sẵn sàng (mọi tác vụ hiện tại của nhóm đã thành công)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="242" />
        <source>{until}; profile says {profile}</source>
        <translation>{until}; hồ sơ ghi {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="363" />
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="370" />
        <source>the check failed: {error}</source>
        <translation>kiểm tra thất bại: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="376" />
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="377" />
        <source>1 problem</source>
        <translation>1 lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="378" />
        <source>{n} problems</source>
        <translation>{n} lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="379" />
        <source>could not check</source>
        <translation>không kiểm tra được</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="389" />
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="398" />
        <source>Catalog not available: {cause}</source>
        <translation>Danh mục không khả dụng: {cause}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="404" />
        <source>1 entry in {where}</source>
        <translation>1 mục trong {where}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="405" />
        <source>{n} entries in {where}</source>
        <translation>{n} mục trong {where}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="431" />
        <source>Firmware image or configuration</source>
        <translation>Ảnh firmware hoặc cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="433" />
        <source>Firmware images (*.bin *.img *.hex)</source>
        <translation>Ảnh firmware (*.bin *.img *.hex)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="433" />
        <source>Configurations (*.json)</source>
        <translation>Cấu hình (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="434" />
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="447" />
        <source>Upload: choose a file and type the version first.</source>
        <translation>Tải lên: hãy chọn tệp và nhập phiên bản trước.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="458" />
        <source>REPLACE {kind} {model} {version} in the catalog? Units that already received it keep the old content.</source>
        <translation>THAY THẾ {kind} {model} {version} trong danh mục? Thiết bị đã nhận bản này giữ nội dung cũ.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="460" />
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="461" />
        <source>{kind} {model} {version} is in the catalog ({size} B, sha256 {sha}…)</source>
        <translation>{kind} {model} {version} đã có trong danh mục ({size} B, sha256 {sha}…)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="475" />
        <source>Release: choose the group and the version first.</source>
        <translation>Phát hành: hãy chọn nhóm và phiên bản trước.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="481" />
        <source>{kind} {model} {version} released to {group}: new continuous job {job}</source>
        <translation>{kind} {model} {version} đã phát hành cho nhóm {group}: tác vụ liên tục mới {job}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="484" />
        <source>{kind} {model} {version} was already the release of {group} (job {job})</source>
        <translation>{kind} {model} {version} đã là bản phát hành của nhóm {group} (tác vụ {job})</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="486" />
        <source>; canceled {jobs}</source>
        <translation>; đã hủy {jobs}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="487" />
        <source>; nothing to cancel</source>
        <translation>; không có gì để hủy</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="492" />
        <source>Release {kind} {version} to every unit of group {group}? Its current {kind} job is cancelled (queued units get the new version; running installs finish).</source>
        <translation>Phát hành {kind} {version} cho mọi thiết bị của nhóm {group}? Tác vụ {kind} hiện tại của nhóm bị hủy (thiết bị đang chờ nhận phiên bản mới; cài đặt đang chạy sẽ hoàn tất).</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="495" />
        <source>Release {version}</source>
        <translation>Phát hành {version}</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/labels/preview.py" line="34" />
        <source>Preview of the unit's label, drawn from the profile's label template</source>
        <extracomment>What is drawn: the profile's fields filled with the unit's data (the printer gets the same).</extracomment>
        <translation>Xem trước nhãn của thiết bị, vẽ theo mẫu nhãn trong hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/labels/preview.py" line="35" />
        <source>Label preview</source>
        <translation>Xem trước nhãn</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../ui/language.py" line="48" />
        <source>Language of this window</source>
        <extracomment>Where the window's settings keep the language chosen on this PC (read by choose_language's ``remembered``).</extracomment>
        <translation>Ngôn ngữ của cửa sổ này</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Shift</source>
        <extracomment>The window's own key: full screen on and off (the operator view's keys are in ui.operator.view.KEYS).</extracomment>
        <translation>Ca làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Provisioning station {version} — {cloud}</source>
        <translation>Trạm cấp phát {version} — {cloud}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>Operator</source>
        <translation>Người vận hành</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>Engineer</source>
        <translation>Kỹ sư</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Language of the window</source>
        <translation>Ngôn ngữ của cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Full screen on or off</source>
        <translation>Bật hoặc tắt toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>Full screen on or off ({key})</source>
        <translation>Bật hoặc tắt toàn màn hình ({key})</translation>
    </message>
</context>
<context>
    <name>OperatorView</name>
    <message>
        <location filename="../../ui/operator/view.py" line="63" />
        <source>Scan: put the cursor in the scan field</source>
        <extracomment>Slots brought up to date (or created) per flush. A flush of all 64 at once (they start and finish together) took longer than a frame, and painting them all in one go too: the rest follow one frame later. New slot widgets per flush: creating and first showing (styling) one costs milliseconds, so 64 boards plugged at once join the wall a few per frame. Below this width (logical px) the detail panel is folded away and the wall takes the whole width; the Details button (F4) unfolds it. A 1366- or 1440-px line PC needs every pixel for 32 or 64 tiles. The operator's keys: one place, for the shortcuts, their tooltips and docs/gui.md ("Keyboard"). What the keys do, for their tooltips and the window's action list (translated where shown).</extracomment>
        <translation>Quét: đặt con trỏ vào ô quét</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="64" />
        <location filename="../../ui/operator/view.py" line="321" />
        <source>Show or hide the detail panel</source>
        <translation>Hiện hoặc ẩn bảng chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="65" />
        <location filename="../../ui/operator/view.py" line="316" />
        <source>Start every plugged board that is waiting or failed</source>
        <translation>Chạy mọi bo mạch đã cắm đang chờ hoặc bị lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="66" />
        <source>Start or retry the selected slot</source>
        <translation>Chạy hoặc thử lại vị trí đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="67" />
        <source>Clear the selected slot's result (remove an empty slot)</source>
        <translation>Xóa kết quả của vị trí đã chọn (bỏ vị trí trống)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="68" />
        <source>Select the next failed slot and acknowledge it</source>
        <translation>Chọn vị trí lỗi tiếp theo và xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="69" />
        <source>Select the next slot</source>
        <translation>Chọn vị trí tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="70" />
        <source>Select the previous slot</source>
        <translation>Chọn vị trí trước đó</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="76" />
        <source>{text} ({key})</source>
        <translation>{text} ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="299" />
        <source>Scan label</source>
        <translation>Quét nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="300" />
        <source>scan a board's barcode (or type the serial and press Enter)</source>
        <translation>quét mã vạch của bo mạch (hoặc nhập số sê-ri rồi nhấn Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="301" />
        <source>Scan a label here</source>
        <translation>Quét nhãn tại đây</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="302" />
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="303" />
        <source>failed</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="304" />
        <source>waiting for cloud</source>
        <translation>đang chờ đám mây</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="305" />
        <source>Units provisioned while the cloud could not be reached: complete on the board and recorded; the station confirms each with AWS once it is back.</source>
        <translation>Thiết bị được cấp phát khi không tới được đám mây: đã hoàn tất trên bo mạch và đã ghi lại; trạm xác nhận từng thiết bị với AWS khi đám mây trở lại.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="308" />
        <source>units / hour</source>
        <translation>thiết bị / giờ</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="310" />
        <source>Units finished (passed or failed) over the last {minutes} minutes, per hour. Shown once at least 3 units finished and 2 minutes passed, or the whole {minutes} minutes did.</source>
        <translation>Số thiết bị hoàn tất (đạt hoặc lỗi) trong {minutes} phút gần nhất, tính theo giờ. Hiện khi đã có ít nhất 3 thiết bị hoàn tất và qua 2 phút, hoặc đã đủ {minutes} phút.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="312" />
        <source>Start on plug-in</source>
        <translation>Chạy khi cắm vào</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="314" />
        <source>Start each board as soon as it is plugged in; off: press Start all or Start</source>
        <translation>Chạy mỗi bo mạch ngay khi cắm vào; tắt: nhấn Chạy tất cả hoặc Chạy</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="315" />
        <source>Start all</source>
        <translation>Chạy tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="318" />
        <source>Remove empty</source>
        <translation>Bỏ vị trí trống</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="319" />
        <source>Take slots of removed boards off the wall</source>
        <translation>Bỏ khỏi bảng các vị trí của bo mạch đã rút ra</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="320" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="322" />
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="434" />
        <source>1 port without a board driver, left alone: {ports} (re-plug a device to try again)</source>
        <translation>1 cổng không có trình điều khiển bo mạch, bỏ qua: {ports} (cắm lại thiết bị để thử lại)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="436" />
        <source>{n} port(s) without a board driver, left alone: {ports} (re-plug a device to try again)</source>
        <translation>{n} cổng không có trình điều khiển bo mạch, bỏ qua: {ports} (cắm lại thiết bị để thử lại)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="463" />
        <source>Connecting to the cloud ({cloud})…</source>
        <translation>Đang kết nối đám mây ({cloud})…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="468" />
        <source>The station cannot run: {cause}
Do this: {remedy}</source>
        <translation>Trạm không thể chạy: {cause}
Cách khắc phục: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="471" />
        <source>Station stopped.</source>
        <translation>Trạm đã dừng.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="485" />
        <source>{cloud} · checking…</source>
        <translation>{cloud} · đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="495" />
        <source>No unit starts: the cloud cannot be used ({indicator}).</source>
        <translation>Không thiết bị nào chạy: không dùng được đám mây ({indicator}).</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="500" />
        <source>Do this: {remedy}</source>
        <translation>Cách khắc phục: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="502" />
        <source>The station checks again by itself every {seconds} s, or press Check again.</source>
        <translation>Trạm tự kiểm tra lại mỗi {seconds} s, hoặc nhấn Kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="534" />
        <source>The cloud cannot be used yet: see the red banner.</source>
        <translation>Chưa dùng được đám mây: xem dải báo đỏ.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="537" />
        <source>That board is no longer plugged in.</source>
        <translation>Bo mạch đó không còn được cắm.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="556" />
        <location filename="../../ui/operator/view.py" line="562" />
        <source>Select a slot first (PgDown, PgUp or F9).</source>
        <translation>Hãy chọn một vị trí trước (PgDown, PgUp hoặc F9).</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="573" />
        <source>No failed slot.</source>
        <translation>Không có vị trí lỗi.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="656" />
        <source>⚠ {serial}: {reason}</source>
        <translation>⚠ {serial}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="663" />
        <source>{serial} → unit {unit} ({port}), waiting for the board's serial</source>
        <translation>{serial} → thiết bị {unit} ({port}), đang chờ số sê-ri của bo mạch</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="665" />
        <source>✔ {serial} → unit {unit} ({port}): matches the board</source>
        <translation>✔ {serial} → thiết bị {unit} ({port}): khớp với bo mạch</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="666" />
        <source>⚠ {serial} → unit {unit} ({port}): DOES NOT MATCH the board ({reported})</source>
        <translation>⚠ {serial} → thiết bị {unit} ({port}): KHÔNG KHỚP với bo mạch ({reported})</translation>
    </message>
</context>
<context>
    <name>QAView</name>
    <message>
        <location filename="../../ui/qa/view.py" line="55" />
        <source>Job</source>
        <extracomment>The job history's columns and the identity form's captions (translated at use: QAView.retranslate).</extracomment>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="55" />
        <source>Operation</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="56" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="56" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="57" />
        <source>Last update</source>
        <translation>Cập nhật lần cuối</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="57" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="59" />
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="59" />
        <source>Model / revision</source>
        <translation>Mẫu / phiên bản phần cứng</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="60" />
        <location filename="../../ui/qa/view.py" line="227" />
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="60" />
        <location filename="../../ui/qa/view.py" line="220" />
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="61" />
        <source>Thing name</source>
        <translation>Tên thing</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="61" />
        <source>Certificates</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="62" />
        <source>Thing groups</source>
        <translation>Nhóm thing</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="62" />
        <source>Station / batch</source>
        <translation>Trạm / lô</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="63" />
        <source>Records here</source>
        <translation>Hồ sơ ghi tại đây</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="66" />
        <source>firmware install</source>
        <extracomment>The history's operation words (ui.qa.lookup.OPERATION_WORDS), translated at use.</extracomment>
        <translation>cài đặt firmware</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="67" />
        <source>config download</source>
        <translation>tải xuống cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="68" />
        <source>config upload</source>
        <translation>tải lên cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="69" />
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="205" />
        <source>Look up a unit</source>
        <translation>Tra cứu thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="206" />
        <source>serial number or thing name (scan or type)</source>
        <translation>số sê-ri hoặc tên thing (quét hoặc nhập)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="207" />
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="208" />
        <source>your name</source>
        <translation>tên của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="209" />
        <source>Written to the audit trail with every action (empty: the logged-in user)</source>
        <translation>Được ghi vào nhật ký kiểm tra với mọi thao tác (để trống: người dùng đang đăng nhập)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="210" />
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="211" />
        <source>Cloud identity</source>
        <translation>Danh tính trên đám mây</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="214" />
        <source>Job history</source>
        <translation>Lịch sử tác vụ</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="216" />
        <source>Every job execution of the unit (its own and its groups'), newest first. Select one to cancel it.</source>
        <translation>Mọi lần thực thi tác vụ của thiết bị (của riêng nó và của các nhóm), mới nhất trước. Chọn một mục để hủy.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="218" />
        <source>Actions on this unit</source>
        <translation>Thao tác trên thiết bị này</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="219" />
        <source>group's current</source>
        <translation>bản hiện tại của nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="221" />
        <source>Re-run config</source>
        <translation>Chạy lại cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="223" />
        <source>Queue a configuration download again for this unit (the group's current version unless one is chosen)</source>
        <translation>Xếp hàng lại việc tải cấu hình cho thiết bị này (phiên bản hiện tại của nhóm nếu không chọn bản khác)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="224" />
        <source>version, e.g. 1.4.2</source>
        <translation>phiên bản, ví dụ 1.4.2</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="225" />
        <source>Forced downgrade</source>
        <translation>Hạ cấp bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="226" />
        <source>Allow installing an older version (QA role, confirmation, audit trail)</source>
        <translation>Cho phép cài phiên bản cũ hơn (vai trò QA, xác nhận, nhật ký kiểm tra)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="228" />
        <source>Push version</source>
        <translation>Đẩy phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="229" />
        <source>Snapshot update job for this unit</source>
        <translation>Tác vụ cập nhật một lần cho thiết bị này</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="230" />
        <source>Upload golden config</source>
        <translation>Tải lên cấu hình chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="232" />
        <source>Ask this unit to upload its configuration; the upload key appears when done</source>
        <translation>Yêu cầu thiết bị này tải lên cấu hình; khóa tải lên hiện khi xong</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="233" />
        <source>upload key (from 'Upload golden config') or catalog config version</source>
        <translation>khóa tải lên (từ 'Tải lên cấu hình chuẩn') hoặc phiên bản cấu hình trong danh mục</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="235" />
        <source>things or thing groups, separated by spaces or commas</source>
        <translation>thing hoặc nhóm thing, cách nhau bằng dấu cách hoặc dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="236" />
        <source>Propagate to</source>
        <translation>Phân phối tới</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="237" />
        <source>Propagate config…</source>
        <translation>Phân phối cấu hình…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="239" />
        <source>Send the uploaded configuration (or a catalog version) to other units or a group</source>
        <translation>Gửi cấu hình đã tải lên (hoặc một phiên bản trong danh mục) tới thiết bị khác hoặc một nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="240" />
        <source>Force (also stop running executions)</source>
        <translation>Bắt buộc (dừng cả các lần thực thi đang chạy)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="241" />
        <source>Only for units known to be dead: a unit may be mid-install</source>
        <translation>Chỉ dùng cho thiết bị đã biết là hỏng: thiết bị có thể đang cài đặt dở</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="242" />
        <source>Cancel selected job…</source>
        <translation>Hủy tác vụ đã chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="244" />
        <source>Cancel the job selected in the history (queued executions; with force also running ones)</source>
        <translation>Hủy tác vụ đã chọn trong lịch sử (các lần thực thi đang chờ; nếu bắt buộc thì cả đang chạy)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="245" />
        <source>Reprint label</source>
        <translation>In lại nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="247" />
        <source>Print this unit's label again on the station's label printer</source>
        <translation>In lại nhãn của thiết bị này trên máy in nhãn của trạm</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="248" />
        <source>Revoke certificate…</source>
        <translation>Thu hồi chứng chỉ…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="250" />
        <source>Revoke every certificate of this unit (or of the typed serial): AWS refuses its connections from then on, also a unit provisioned offline that AWS has never seen</source>
        <translation>Thu hồi mọi chứng chỉ của thiết bị này (hoặc của số sê-ri đã nhập): từ đó AWS từ chối các kết nối của nó, kể cả thiết bị được cấp phát ngoại tuyến mà AWS chưa từng thấy</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="252" />
        <source>reason for revoking (audit trail and the unit's history)</source>
        <translation>lý do thu hồi (nhật ký kiểm tra và lịch sử của thiết bị)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="253" />
        <source>Every action, refused or failed ones too, is written to the audit trail with your name and role.</source>
        <translation>Mọi thao tác, kể cả bị từ chối hay thất bại, đều được ghi vào nhật ký kiểm tra cùng tên và vai trò của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="258" />
        <source>Look a unit up to act on it.</source>
        <translation>Tra cứu một thiết bị để thao tác.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="332" />
        <source>Scan or type a serial number or thing name first.</source>
        <translation>Hãy quét hoặc nhập số sê-ri hoặc tên thing trước.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="364" />
        <source>{serial}: provisioned, waiting for the cloud. AWS has not registered the unit yet (thing {thing}): its board has not connected.</source>
        <translation>{serial}: đã cấp phát, đang chờ đám mây. AWS chưa đăng ký thiết bị (thing {thing}): bo mạch của nó chưa kết nối.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="367" />
        <source>found {thing}: it was waiting for the cloud and is registered now (recorded)</source>
        <translation>đã tìm thấy {thing}: nó đang chờ đám mây và nay đã được đăng ký (đã ghi lại)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="369" />
        <source>found {thing}</source>
        <translation>đã tìm thấy {thing}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="374" />
        <source>found registered in AWS IoT by this lookup (it was waiting for the cloud)</source>
        <translation>lần tra cứu này thấy đã đăng ký trong AWS IoT (nó đang chờ đám mây)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="376" />
        <source>provisioned, waiting for the cloud: AWS has not seen the board connect yet</source>
        <translation>đã cấp phát, đang chờ đám mây: AWS chưa thấy bo mạch kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="378" />
        <source>waiting for the cloud: its certificate is ACTIVE, its thing is not made yet</source>
        <translation>đang chờ đám mây: chứng chỉ của nó ACTIVE, thing của nó chưa được tạo</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="379" />
        <source>waiting for the cloud: AWS holds its certificate as {status}</source>
        <translation>đang chờ đám mây: AWS giữ chứng chỉ của nó ở trạng thái {status}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="385" />
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="405" />
        <source>{model} rev {hw} (thing type {type})</source>
        <translation>{model} rev {hw} (loại thing {type})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="406" />
        <source>{model} rev {hw}</source>
        <translation>{model} rev {hw}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="407" />
        <location filename="../../ui/qa/view.py" line="408" />
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="410" />
        <source>{thing} (not in AWS IoT yet)</source>
        <translation>{thing} (chưa có trong AWS IoT)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="413" />
        <source>not seen by AWS yet</source>
        <translation>AWS chưa thấy</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="415" />
        <source>none attached</source>
        <translation>chưa gắn</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="416" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="422" />
        <source>attempt {n}: {outcome} ({when}, {station})</source>
        <translation>lần thử {n}: {outcome} ({when}, {station})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="423" />
        <source>station</source>
        <translation>trạm</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="426" />
        <source>failed at {step}: {cause}</source>
        <translation>lỗi ở bước {step}: {cause}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="432" />
        <source>no records of this unit on this PC</source>
        <translation>không có hồ sơ ghi của thiết bị này trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="438" />
        <source>{operation} (forced)</source>
        <translation>{operation} (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="458" />
        <source>{action}: look a unit up first.</source>
        <translation>{action}: hãy tra cứu thiết bị trước.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="476" />
        <source>configuration {version} queued for {thing} (job {job})</source>
        <translation>cấu hình {version} đã xếp hàng cho {thing} (tác vụ {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="495" />
        <source>Push version: type or pick the firmware version first.</source>
        <translation>Đẩy phiên bản: hãy nhập hoặc chọn phiên bản firmware trước.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="503" />
        <source>FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs {current} now; this is a DOWNGRADE. Continue?</source>
        <translation>Cài đặt BẮT BUỘC firmware {version} trên thiết bị {unit} (thing {thing}). Hiện đang chạy {current}; đây là HẠ CẤP. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="505" />
        <source>FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs {current} now. Continue?</source>
        <translation>Cài đặt BẮT BUỘC firmware {version} trên thiết bị {unit} (thing {thing}). Hiện đang chạy {current}. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="512" />
        <source>Force {version}</source>
        <translation>Bắt buộc {version}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="513" />
        <source>firmware {version} (forced) queued for {thing} (job {job})</source>
        <translation>firmware {version} (bắt buộc) đã xếp hàng cho {thing} (tác vụ {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="514" />
        <source>firmware {version} queued for {thing} (job {job})</source>
        <translation>firmware {version} đã xếp hàng cho {thing} (tác vụ {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="530" />
        <source>{thing} asked to upload its configuration (job {job}); waiting for the unit</source>
        <translation>đã yêu cầu {thing} tải lên cấu hình (tác vụ {job}); đang chờ thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="539" />
        <source>Configuration of {thing} uploaded: {key}. Type targets and press 'Propagate config…'.</source>
        <translation>Đã tải lên cấu hình của {thing}: {key}. Nhập đích rồi nhấn 'Phân phối cấu hình…'.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="542" />
        <source>The configuration upload of {thing} ended {status} (job {job}); nothing to propagate.
Do this: check the unit is online, then try again.</source>
        <translation>Việc tải lên cấu hình của {thing} kết thúc {status} (tác vụ {job}); không có gì để phân phối.
Cách khắc phục: kiểm tra thiết bị đang trực tuyến rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="555" />
        <source>Propagate: upload a golden configuration (or type a config version) and type the targets first.</source>
        <translation>Phân phối: hãy tải lên cấu hình chuẩn (hoặc nhập phiên bản cấu hình) và nhập đích trước.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="563" />
        <source>Send configuration {source} to these targets: {targets}? Each unit applies it at once.</source>
        <translation>Gửi cấu hình {source} tới các đích này: {targets}? Mỗi thiết bị áp dụng ngay.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="565" />
        <source>Send configuration</source>
        <translation>Gửi cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="566" />
        <source>configuration {version} sent to {targets} (job {job})</source>
        <translation>đã gửi cấu hình {version} tới {targets} (tác vụ {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="582" />
        <source>Cancel job: select a job in the history first.</source>
        <translation>Hủy tác vụ: hãy chọn một tác vụ trong lịch sử trước.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="585" />
        <source>Cancel job {job} for every unit it targets? FORCE: running executions are stopped too; a unit mid-install may be left half-updated.</source>
        <translation>Hủy tác vụ {job} cho mọi thiết bị mà nó nhắm tới? BẮT BUỘC: các lần thực thi đang chạy cũng bị dừng; thiết bị đang cài dở có thể bị cập nhật nửa chừng.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="587" />
        <source>Cancel job {job} for every unit it targets? Queued executions become CANCELED; running ones finish.</source>
        <translation>Hủy tác vụ {job} cho mọi thiết bị mà nó nhắm tới? Các lần thực thi đang chờ sẽ BỊ HỦY; các lần đang chạy sẽ hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="592" />
        <source>Cancel the job</source>
        <translation>Hủy tác vụ</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="593" />
        <source>job {job} is now {status}</source>
        <translation>tác vụ {job} hiện là {status}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="630" />
        <source>Label of {serial} queued for printing again</source>
        <translation>Nhãn của {serial} đã xếp hàng để in lại</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="641" />
        <source>{action}: look a unit up (or type its serial) first.</source>
        <translation>{action}: hãy tra cứu thiết bị (hoặc nhập số sê-ri của nó) trước.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="653" />
        <source>REVOKE every certificate of unit {serial} (thing {thing})? AWS refuses the unit's connections from then on. This cannot be undone: the unit connects again only after it is provisioned anew.</source>
        <translation>THU HỒI mọi chứng chỉ của thiết bị {serial} (thing {thing})? Từ đó AWS từ chối các kết nối của thiết bị. Không thể hoàn tác: thiết bị chỉ kết nối lại được sau khi được cấp phát lại.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="656" />
        <source>REVOKE every certificate of unit {serial}? AWS refuses the unit's connections from then on, also its first one if it never connected. This cannot be undone: the unit connects again only after it is provisioned anew.</source>
        <translation>THU HỒI mọi chứng chỉ của thiết bị {serial}? Từ đó AWS từ chối các kết nối của thiết bị, kể cả lần kết nối đầu tiên nếu nó chưa từng kết nối. Không thể hoàn tác: thiết bị chỉ kết nối lại được sau khi được cấp phát lại.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="661" />
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="668" />
        <source>Nothing left to revoke for {serial}: its certificates are already revoked, deleted, or were never written to the board.</source>
        <translation>Không còn gì để thu hồi cho {serial}: các chứng chỉ của nó đã bị thu hồi, đã bị xóa, hoặc chưa từng được ghi vào bo mạch.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="672" />
        <source>{count} certificate(s) of {serial} revoked ({ids}); AWS refuses them from now on.</source>
        <translation>Đã thu hồi {count} chứng chỉ của {serial} ({ids}); từ giờ AWS từ chối chúng.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="675" />
        <source>{count} of them AWS had never seen: registered as revoked, so the unit's first connect is refused.</source>
        <translation>{count} chứng chỉ trong số đó AWS chưa từng thấy: đã đăng ký ở trạng thái bị thu hồi, nên lần kết nối đầu tiên của thiết bị bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="698" />
        <source>no unit reached yet</source>
        <translation>chưa tới được thiết bị nào</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="700" />
        <source>Job {job} ({kind} {version}): {ends}.</source>
        <translation>Tác vụ {job} ({kind} {version}): {ends}.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../../ui/operator/model.py" line="87" />
        <source>EMPTY</source>
        <extracomment>Steps of a run that stops once registered, and the two more of a run that follows jobs to "ready". The station's steps per certificates.mode where they differ from the csr modes' (docs/provisioning-modes.md): factory-ca signs on the line instead of registering; fleet-claim writes the claim and the board registers itself while the station waits in "connecting". factory-ca with the cloud away: the unit is complete on the board and recorded; the station confirms it with the cloud later. The board may leave the station. The banner words, marked for translation here and translated where shown (Result.word).</extracomment>
        <translation>TRỐNG</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="88" />
        <source>IDLE</source>
        <translation>CHỜ LỆNH</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="89" />
        <source>WORKING</source>
        <translation>ĐANG CHẠY</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="90" />
        <source>WAITING</source>
        <translation>ĐANG CHỜ</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="91" />
        <source>PASS</source>
        <translation>ĐẠT</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="92" />
        <source>STORED</source>
        <translation>ĐÃ LƯU</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="93" />
        <source>READY</source>
        <translation>SẴN SÀNG</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="94" />
        <source>FAIL</source>
        <translation>LỖI</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/roles.py" line="32" />
        <source>Operator</source>
        <translation>Người vận hành</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="32" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="33" />
        <source>Engineer</source>
        <translation>Kỹ sư</translation>
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
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <location filename="../../ui/main_window.py" line="165" />
        <source>too many wrong PINs: try again in {wait}</source>
        <translation>sai PIN quá nhiều lần: thử lại sau {wait}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>no {role} PIN in this profile</source>
        <translation>không có PIN {role} trong hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>wrong PIN: locked for {wait}</source>
        <translation>sai PIN: bị khóa trong {wait}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>wrong PIN</source>
        <translation>sai PIN</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>{role} locked after {wait} without input</source>
        <translation>{role} đã khóa sau {wait} không thao tác</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Role: {role}</source>
        <translation>Vai trò: {role}</translation>
    </message>
</context>
<context>
    <name>ScanMatcher</name>
    <message>
        <location filename="../../ui/operator/scan.py" line="12" />
        <source>empty scan</source>
        <translation>quét trống</translation>
    </message>
    <message>
        <location filename="../../ui/operator/scan.py" line="13" />
        <source>every slot already has a scan; select a slot to re-scan it</source>
        <translation>mọi vị trí đã được quét; hãy chọn một vị trí để quét lại</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="94" />
        <source>demo: embedded cloud, {boards} virtual boards</source>
        <extracomment>What the certificate mode keeps open for the Station: the line CA (factory-ca), the claim source.</extracomment>
        <translation>demo: đám mây tích hợp, {boards} bo mạch ảo</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="95" />
        <source>embedded local cloud</source>
        <translation>đám mây cục bộ tích hợp</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="96" />
        <source>AWS {who}, {region}</source>
        <translation>AWS {who}, {region}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="97" />
        <source>default credentials</source>
        <translation>thông tin xác thực mặc định</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../ui/operator/model.py" line="99" />
        <source>Label queued</source>
        <extracomment>The tile's label line per LabelStatus state (the detail, why it waits, follows in brackets).</extracomment>
        <translation>Nhãn đang chờ in</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="100" />
        <source>Label printing</source>
        <translation>Đang in nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="101" />
        <source>Label printed</source>
        <translation>Đã in nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="102" />
        <source>Label not printed</source>
        <translation>Chưa in được nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="175" />
        <source>No board: plug the next one</source>
        <extracomment>This run already ended "provisioned, waiting for the cloud" (counted then); the station follows it since. A failure nobody looked at yet: the slot flashes until the operator clicks it (or acts on it by keyboard).</extracomment>
        <translation>Không có bo mạch: cắm bo tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="177" />
        <source>Result cleared; press Retry to run again</source>
        <translation>Đã xóa kết quả; nhấn Thử lại để chạy lại</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="179" />
        <source>Failed at {step}</source>
        <translation>Lỗi ở bước: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="181" />
        <source>Ready: every update installed</source>
        <translation>Sẵn sàng: đã cài mọi bản cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="182" />
        <source>Registered in the cloud</source>
        <translation>Đã đăng ký trên đám mây</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="195" />
        <source>{status} ({detail})</source>
        <translation>{status} ({detail})</translation>
    </message>
</context>
<context>
    <name>SlotWidget</name>
    <message>
        <location filename="../../ui/operator/slot.py" line="129" />
        <location filename="../../ui/operator/slot.py" line="397" />
        <source>Retry</source>
        <extracomment>A tile's size when it stands alone (a test, the screenshot of one slot); on the wall, the wall sets it. Advance of the widest result word per pixel of font size, per language (the word must fit its banner).</extracomment>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="130" />
        <location filename="../../ui/operator/slot.py" line="401" />
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="131" />
        <source>Run this board again from the start (finished steps are skipped)</source>
        <translation>Chạy lại bo mạch này từ đầu (bỏ qua các bước đã xong)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="132" />
        <source>Clear the result shown here; an empty slot leaves the wall</source>
        <translation>Xóa kết quả hiển thị ở đây; vị trí trống sẽ rời khỏi bảng</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="192" />
        <location filename="../../ui/operator/slot.py" line="338" />
        <source>Unit {n}</source>
        <translation>Thiết bị {n}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="343" />
        <source>rev {rev}</source>
        <translation>rev {rev}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="344" />
        <source>fw {version}</source>
        <translation>fw {version}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="354" />
        <source>Unit {n} {word}</source>
        <translation>Thiết bị {n} {word}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="370" />
        <source>Do this: {remedy}</source>
        <translation>Cách khắc phục: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="373" />
        <source>Nothing to do: it retries by itself.</source>
        <translation>Không cần làm gì: hệ thống tự thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="382" />
        <source>⚠ LABEL MISMATCH
label {scanned}
board {reported}</source>
        <translation>⚠ NHÃN KHÔNG KHỚP
nhãn {scanned}
bo mạch {reported}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="385" />
        <source>✔ Label matches ({scanned})</source>
        <translation>✔ Nhãn khớp ({scanned})</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="387" />
        <source>Label scanned: {scanned}</source>
        <translation>Đã quét nhãn: {scanned}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="397" />
        <source>Start</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="401" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="416" />
        <source>failed at {step}</source>
        <translation>lỗi ở bước {step}</translation>
    </message>
</context>
<context>
    <name>WallWidget</name>
    <message>
        <location filename="../../ui/operator/wall.py" line="43" />
        <source>No boards yet.
Plug a board into the fixture: it appears here and starts.</source>
        <translation>Chưa có bo mạch.
Cắm bo mạch vào đồ gá: nó sẽ hiện ở đây và tự chạy.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>answer to '{command}' started but did not end in time</source>
        <comment>board.answer-cut</comment>
        <translation>trả lời cho '{command}' đã bắt đầu nhưng không kết thúc kịp</translation>
    </message>
    <message>
        <source>assembled {object} has sha256 {got}, board announced {announced}</source>
        <comment>board.assembled-sha256</comment>
        <translation>{object} đã ghép có sha256 {got}, bo mạch báo {announced}</translation>
    </message>
    <message>
        <source>bad command name {command}</source>
        <comment>board.bad-command</comment>
        <translation>tên lệnh sai {command}</translation>
    </message>
    <message>
        <source>unknown frame kind {kind} (expected Q, A, E or N)</source>
        <comment>board.bad-kind</comment>
        <translation>loại khung không rõ {kind} (cần Q, A, E hoặc N)</translation>
    </message>
    <message>
        <source>request id {rid} is not 4 uppercase hex digits</source>
        <comment>board.bad-rid</comment>
        <translation>mã yêu cầu {rid} không phải 4 chữ số hex viết hoa</translation>
    </message>
    <message>
        <source>link lost: cannot open the port ({error})</source>
        <comment>board.cannot-open</comment>
        <translation>mất kết nối: không mở được cổng ({error})</translation>
    </message>
    <message>
        <source>the board's CSR is not PEM</source>
        <comment>board.csr-not-pem</comment>
        <translation>CSR của bo mạch không phải PEM</translation>
    </message>
    <message>
        <source>{command} answer: data is not valid base64</source>
        <comment>board.data-not-base64</comment>
        <translation>trả lời {command}: dữ liệu không phải base64 hợp lệ</translation>
    </message>
    <message>
        <source>{command} answer: data is not a base64 string</source>
        <comment>board.data-not-base64-string</comment>
        <translation>trả lời {command}: dữ liệu không phải chuỗi base64</translation>
    </message>
    <message>
        <source>answer field '{field}' is missing or not a string</source>
        <comment>board.field-not-string</comment>
        <translation>trường trả lời '{field}' bị thiếu hoặc không phải chuỗi</translation>
    </message>
    <message>
        <source>garbled data on the serial line (CRC check failed)</source>
        <comment>board.garbled.crc</comment>
        <translation>dữ liệu bị nhiễu trên đường nối tiếp (kiểm tra CRC thất bại)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (bad frame header)</source>
        <comment>board.garbled.header</comment>
        <translation>dữ liệu bị nhiễu trên đường nối tiếp (đầu khung sai)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (frame body is not valid JSON)</source>
        <comment>board.garbled.json</comment>
        <translation>dữ liệu bị nhiễu trên đường nối tiếp (thân khung không phải JSON hợp lệ)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (no CRC trailer)</source>
        <comment>board.garbled.no-crc</comment>
        <translation>dữ liệu bị nhiễu trên đường nối tiếp (thiếu phần CRC)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (no start marker)</source>
        <comment>board.garbled.no-start</comment>
        <translation>dữ liệu bị nhiễu trên đường nối tiếp (thiếu dấu bắt đầu)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (frame body is not a JSON object)</source>
        <comment>board.garbled.object</comment>
        <translation>dữ liệu bị nhiễu trên đường nối tiếp (thân khung không phải đối tượng JSON)</translation>
    </message>
    <message>
        <source>hello answer: 'caps' is not a list of strings</source>
        <comment>board.hello-caps</comment>
        <translation>trả lời hello: 'caps' không phải danh sách chuỗi</translation>
    </message>
    <message>
        <source>hello answer: bad 'max_chunk' {value}</source>
        <comment>board.hello-max-chunk</comment>
        <translation>trả lời hello: 'max_chunk' sai {value}</translation>
    </message>
    <message>
        <source>board speaks protocol {version}, this station speaks {station}</source>
        <comment>board.hello-version</comment>
        <translation>bo mạch dùng giao thức {version}, trạm này dùng {station}</translation>
    </message>
    <message>
        <source>keygen answer: bad 'sha256' {value}</source>
        <comment>board.keygen-sha256</comment>
        <translation>trả lời keygen: 'sha256' sai {value}</translation>
    </message>
    <message>
        <source>keygen answer: bad 'size' {value}</source>
        <comment>board.keygen-size</comment>
        <translation>trả lời keygen: 'size' sai {value}</translation>
    </message>
    <message>
        <source>line of {size}+ bytes exceeds the {limit}-byte limit</source>
        <comment>board.line-too-long</comment>
        <translation>dòng {size}+ byte vượt giới hạn {limit} byte</translation>
    </message>
    <message>
        <source>link lost while flushing input: {error}</source>
        <comment>board.lost-flushing</comment>
        <translation>mất kết nối khi xả dữ liệu vào: {error}</translation>
    </message>
    <message>
        <source>link lost while sending '{command}': {error}</source>
        <comment>board.lost-sending</comment>
        <translation>mất kết nối khi gửi '{command}': {error}</translation>
    </message>
    <message>
        <source>link lost while waiting for '{command}': {error}</source>
        <comment>board.lost-waiting</comment>
        <translation>mất kết nối khi chờ '{command}': {error}</translation>
    </message>
    <message>
        <source>board cannot import a private key (no 'key-import' capability)</source>
        <comment>board.no-key-import</comment>
        <translation>bo mạch không nhập được khóa riêng (không có khả năng 'key-import')</translation>
    </message>
    <message>
        <source>the board does not take data ({command})</source>
        <comment>board.no-take</comment>
        <translation>bo mạch không nhận dữ liệu ({command})</translation>
    </message>
    <message>
        <source>the port is not open</source>
        <comment>board.not-open</comment>
        <translation>cổng chưa mở</translation>
    </message>
    <message>
        <source>{port}: {problem}</source>
        <comment>board.on-port</comment>
        <translation>{port}: {problem}</translation>
    </message>
    <message>
        <source>board speaks protocol version {board}, this station speaks version {station}</source>
        <comment>board.other-version</comment>
        <translation>bo mạch dùng giao thức phiên bản {board}, trạm này dùng phiên bản {station}</translation>
    </message>
    <message>
        <source>prov-status answer: bad '{field}' {value}</source>
        <comment>board.prov-status-field</comment>
        <translation>trả lời prov-status: '{field}' sai {value}</translation>
    </message>
    <message>
        <source>prov-status answer: state '{state}' without '{field}'</source>
        <comment>board.prov-status-incomplete</comment>
        <translation>trả lời prov-status: trạng thái '{state}' thiếu '{field}'</translation>
    </message>
    <message>
        <source>read answer: 'eof' is not a boolean</source>
        <comment>board.read-eof</comment>
        <translation>trả lời read: 'eof' không phải giá trị boolean</translation>
    </message>
    <message>
        <source>read answer for offset {offset}, asked for {asked}</source>
        <comment>board.read-offset</comment>
        <translation>trả lời read cho vị trí {offset}, đã yêu cầu {asked}</translation>
    </message>
    <message>
        <source>read answer carries {size} bytes, asked for {asked}</source>
        <comment>board.read-size</comment>
        <translation>trả lời read có {size} byte, đã yêu cầu {asked}</translation>
    </message>
    <message>
        <source>readback answer: bad hash for '{object}'</source>
        <comment>board.readback-hash</comment>
        <translation>trả lời readback: hàm băm sai cho '{object}'</translation>
    </message>
    <message>
        <source>readback answer: 'hashes' is not an object</source>
        <comment>board.readback-hashes</comment>
        <translation>trả lời readback: 'hashes' không phải đối tượng</translation>
    </message>
    <message>
        <source>readback answer: bad 'pubkey_size' or 'pubkey_sha256'</source>
        <comment>board.readback-pubkey</comment>
        <translation>trả lời readback: 'pubkey_size' hoặc 'pubkey_sha256' sai</translation>
    </message>
    <message>
        <source>board refused '{command}': {code}: {answer}</source>
        <comment>board.refused</comment>
        <translation>bo mạch từ chối '{command}': {code}: {answer}</translation>
    </message>
    <message>
        <source>no answer to '{command}' in time (board silent?)</source>
        <comment>board.silent</comment>
        <translation>không có trả lời cho '{command}' kịp thời (bo mạch im lặng?)</translation>
    </message>
    <message>
        <source>board stored '{object}' with sha256 {stored}, sent {sent}</source>
        <comment>board.stored-sha256</comment>
        <translation>bo mạch lưu '{object}' với sha256 {stored}, đã gửi {sent}</translation>
    </message>
    <message>
        <source>protocol version {version} is not a digit</source>
        <comment>board.version-not-digit</comment>
        <translation>phiên bản giao thức {version} không phải chữ số</translation>
    </message>
    <message>
        <source>wchunk answer says next={next}, expected {expected}</source>
        <comment>board.wchunk-next</comment>
        <translation>trả lời wchunk báo next={next}, cần {expected}</translation>
    </message>
    <message>
        <source>expected an answer to {command} {rid}, got {frame}</source>
        <comment>board.wrong-answer</comment>
        <translation>cần trả lời cho {command} {rid}, nhận được {frame}</translation>
    </message>
    <message>
        <source>{path} already exists: a line CA certificate is not overwritten</source>
        <comment>ca.cert-exists</comment>
        <translation>{path} đã tồn tại: không ghi đè chứng chỉ CA của chuyền</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' is not valid now (valid from {not_before} to {not_after}) (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-expired</comment>
        <translation>chứng chỉ CA của chuyền '{path}' hiện không hợp lệ (hợp lệ từ {not_before} đến {not_after}) (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>the certificate '{path}' is not a CA certificate (basicConstraints CA is not true) (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-not-ca</comment>
        <translation>chứng chỉ '{path}' không phải chứng chỉ CA (basicConstraints CA không phải true) (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' cannot be read (certificates.factory_ca.ca_certificate): {problem}</source>
        <comment>ca.cert-unreadable</comment>
        <translation>không đọc được chứng chỉ CA của chuyền '{path}' (certificates.factory_ca.ca_certificate): {problem}</translation>
    </message>
    <message>
        <source>no line CA certificate is set (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-unset</comment>
        <translation>chưa đặt chứng chỉ CA của chuyền (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>AWS IoT refused the line CA's verification certificate: {reason}</source>
        <comment>ca.code-refused</comment>
        <translation>AWS IoT từ chối chứng chỉ xác minh của CA của chuyền: {reason}</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' may not sign (CKA_SIGN is false) (certificates.factory_ca.key_label)</source>
        <comment>ca.key-cannot-sign</comment>
        <translation>khóa '{label}' trên token '{token}' không được phép ký (CKA_SIGN là false) (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' can leave the token ({problem}), so it is refused as the line CA key (certificates.factory_ca.key_label)</source>
        <comment>ca.key-exportable</comment>
        <translation>khóa '{label}' trên token '{token}' có thể rời khỏi token ({problem}), nên bị từ chối làm khóa CA của chuyền (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' (certificates.factory_ca.ca_certificate) does not belong to the key '{key}' on token '{token}' (certificates.factory_ca.key_label): its public key does not verify that key's signature</source>
        <comment>ca.key-mismatch</comment>
        <translation>chứng chỉ CA của chuyền '{path}' (certificates.factory_ca.ca_certificate) không thuộc về khóa '{key}' trên token '{token}' (certificates.factory_ca.key_label): khóa công khai của nó không xác minh được chữ ký của khóa đó</translation>
    </message>
    <message>
        <source>the token '{token}' holds no private key labelled '{label}' (certificates.factory_ca.key_label)</source>
        <comment>ca.key-missing</comment>
        <translation>token '{token}' không có khóa riêng nào mang nhãn '{label}' (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' is not an EC key (certificates.factory_ca.key_label): the line CA signs with ECDSA P-256</source>
        <comment>ca.key-not-ec</comment>
        <translation>khóa '{label}' trên token '{token}' không phải khóa EC (certificates.factory_ca.key_label): CA của chuyền ký bằng ECDSA P-256</translation>
    </message>
    <message>
        <source>the token '{token}' holds more than one private key labelled '{label}' (certificates.factory_ca.key_label)</source>
        <comment>ca.key-twice</comment>
        <translation>token '{token}' có nhiều hơn một khóa riêng mang nhãn '{label}' (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the token '{label}' could not make the line CA key: {problem}</source>
        <comment>ca.keygen-failed</comment>
        <translation>token '{label}' không tạo được khóa CA của chuyền: {problem}</translation>
    </message>
    <message>
        <source>the PKCS#11 module '{library}' is already open in this station with SOFTHSM2_CONF '{current}', so the token of SOFTHSM2_CONF '{wanted}' cannot be opened beside it (certificates.factory_ca.pkcs11_library)</source>
        <comment>ca.module-busy</comment>
        <translation>mô-đun PKCS#11 '{library}' đã được mở trong trạm này với SOFTHSM2_CONF '{current}', nên không thể mở thêm token của SOFTHSM2_CONF '{wanted}' (certificates.factory_ca.pkcs11_library)</translation>
    </message>
    <message>
        <source>the PKCS#11 module '{library}' cannot be loaded (certificates.factory_ca.pkcs11_library): {problem}</source>
        <comment>ca.module-missing</comment>
        <translation>không tải được mô-đun PKCS#11 '{library}' (certificates.factory_ca.pkcs11_library): {problem}</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' cannot be read: {reason}</source>
        <comment>ca.no-file</comment>
        <translation>không đọc được chứng chỉ CA của chuyền '{path}': {reason}</translation>
    </message>
    <message>
        <source>no PKCS#11 module is set (certificates.factory_ca.pkcs11_library) and SoftHSM2 is not installed on this PC</source>
        <comment>ca.no-module</comment>
        <translation>chưa đặt mô-đun PKCS#11 (certificates.factory_ca.pkcs11_library) và SoftHSM2 chưa được cài trên máy tính này</translation>
    </message>
    <message>
        <source>SoftHSM2 is not installed ({missing} not found), so no demo line CA token can be made</source>
        <comment>ca.no-softhsm</comment>
        <translation>SoftHSM2 chưa được cài (không tìm thấy {missing}), nên không tạo được token CA của chuyền để demo</translation>
    </message>
    <message>
        <source>the line CA {ca_id} is not registered with AWS IoT in {region}</source>
        <comment>ca.not-registered</comment>
        <translation>CA của chuyền {ca_id} chưa được đăng ký với AWS IoT tại {region}</translation>
    </message>
    <message>
        <source>{count} certificate(s) signed by the old CA {ca_id} are still ACTIVE; setting the CA INACTIVE would refuse those units' next connect</source>
        <comment>ca.old-still-used</comment>
        <translation>{count} chứng chỉ do CA cũ {ca_id} ký vẫn ACTIVE; đặt CA thành INACTIVE sẽ từ chối lần kết nối tiếp theo của các thiết bị đó</translation>
    </message>
    <message>
        <source>the token '{label}' is locked after too many wrong PINs (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-locked</comment>
        <translation>token '{label}' bị khóa sau quá nhiều lần sai PIN (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the line CA token's PIN is not set: the environment variable {env} is empty (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-unset</comment>
        <translation>chưa đặt PIN của token CA của chuyền: biến môi trường {env} đang trống (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the token '{label}' refused the PIN from the environment variable {env} (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-wrong</comment>
        <translation>token '{label}' từ chối PIN lấy từ biến môi trường {env} (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the token '{token}' holds no single public key labelled '{label}' (certificates.factory_ca.key_label), so its CA certificate cannot be made here</source>
        <comment>ca.public-key-missing</comment>
        <translation>token '{token}' không có đúng một khóa công khai mang nhãn '{label}' (certificates.factory_ca.key_label), nên không tạo được chứng chỉ CA của nó tại đây</translation>
    </message>
    <message>
        <source>AWS IoT refused the line CA certificate: {reason}</source>
        <comment>ca.refused</comment>
        <translation>AWS IoT từ chối chứng chỉ CA của chuyền: {reason}</translation>
    </message>
    <message>
        <source>the new CA is the CA already registered for this line ({ca_id})</source>
        <comment>ca.same</comment>
        <translation>CA mới chính là CA đã đăng ký cho chuyền này ({ca_id})</translation>
    </message>
    <message>
        <source>the line CA token '{token}' did not sign: {problem}</source>
        <comment>ca.sign-failed</comment>
        <translation>token CA của chuyền '{token}' không ký được: {problem}</translation>
    </message>
    <message>
        <source>the certificate subject's {field} cannot be '{value}': {problem}</source>
        <comment>ca.subject-field</comment>
        <translation>{field} trong subject của chứng chỉ không thể là '{value}': {problem}</translation>
    </message>
    <message>
        <source>the JITP template for this profile is {size} characters; AWS IoT takes at most {limit}</source>
        <comment>ca.template-too-big</comment>
        <translation>mẫu JITP cho hồ sơ này dài {size} ký tự; AWS IoT chỉ nhận tối đa {limit}</translation>
    </message>
    <message>
        <source>{directory} already holds a SoftHSM2 token</source>
        <comment>ca.token-exists</comment>
        <translation>{directory} đã chứa một token SoftHSM2</translation>
    </message>
    <message>
        <source>softhsm2-util could not make the token '{label}' in {directory}: {problem}</source>
        <comment>ca.token-init-failed</comment>
        <translation>softhsm2-util không tạo được token '{label}' trong {directory}: {problem}</translation>
    </message>
    <message>
        <source>no token labelled '{label}' in the PKCS#11 module '{library}' (certificates.factory_ca.token_label); tokens present: {present}</source>
        <comment>ca.token-missing</comment>
        <translation>không có token nào mang nhãn '{label}' trong mô-đun PKCS#11 '{library}' (certificates.factory_ca.token_label); các token hiện có: {present}</translation>
    </message>
    <message>
        <source>more than one token is labelled '{label}' in the PKCS#11 module '{library}' (certificates.factory_ca.token_label)</source>
        <comment>ca.token-twice</comment>
        <translation>có nhiều hơn một token mang nhãn '{label}' trong mô-đun PKCS#11 '{library}' (certificates.factory_ca.token_label)</translation>
    </message>
    <message>
        <source>certificates.factory_ca.validity_days is {days}: a device certificate must be valid for at least one day</source>
        <comment>ca.validity</comment>
        <translation>certificates.factory_ca.validity_days là {days}: chứng chỉ thiết bị phải hợp lệ ít nhất một ngày</translation>
    </message>
    <message>
        <source>{answer} answered the {driver} probe (USB id {usb_id})</source>
        <comment>choice.answered</comment>
        <translation>{answer} đã trả lời thăm dò của trình điều khiển {driver} (USB id {usb_id})</translation>
    </message>
    <message>
        <source>serial.driver (automatic choice is off)</source>
        <comment>choice.auto-off</comment>
        <translation>serial.driver (tự động chọn đang tắt)</translation>
    </message>
    <message>
        <source>choosing its driver failed ({error}); see the log</source>
        <comment>choice.failed</comment>
        <translation>chọn trình điều khiển thất bại ({error}); xem nhật ký</translation>
    </message>
    <message>
        <source>fixed</source>
        <comment>choice.fixed</comment>
        <translation>cố định</translation>
    </message>
    <message>
        <source>USB id {usb_id} is claimed by {drivers}, but no such board answered (another port of the same device, or its firmware is not running)</source>
        <comment>choice.no-answer</comment>
        <translation>USB id {usb_id} được {drivers} nhận, nhưng không có bo mạch nào như vậy trả lời (cổng khác của cùng thiết bị, hoặc firmware của nó không chạy)</translation>
    </message>
    <message>
        <source>serial.driver (not a USB port)</source>
        <comment>choice.not-usb</comment>
        <translation>serial.driver (không phải cổng USB)</translation>
    </message>
    <message>
        <source>the profile's {rule}</source>
        <comment>choice.rule</comment>
        <translation>{rule} của hồ sơ</translation>
    </message>
    <message>
        <source>the profile's {rule} says ignore</source>
        <comment>choice.rule-ignores</comment>
        <translation>{rule} của hồ sơ yêu cầu bỏ qua</translation>
    </message>
    <message>
        <source>serial.driver (no driver claims this port's USB id)</source>
        <comment>choice.unclaimed</comment>
        <translation>serial.driver (không trình điều khiển nào nhận USB id của cổng này)</translation>
    </message>
    <message>
        <source>USB id {usb_id} matches {glob}</source>
        <comment>choice.usb-match</comment>
        <translation>USB id {usb_id} khớp {glob}</translation>
    </message>
    <message>
        <source>the answer to {op} was lost ({reason}); AWS may have issued a certificate that the station did not receive</source>
        <comment>cloud.answer-lost</comment>
        <translation>mất trả lời cho {op} ({reason}); AWS có thể đã cấp một chứng chỉ mà trạm không nhận được</translation>
    </message>
    <message>
        <source>the catalog bucket '{bucket}' exists but this account cannot use it</source>
        <comment>cloud.bucket-taken</comment>
        <translation>bucket danh mục '{bucket}' đã tồn tại nhưng tài khoản này không dùng được</translation>
    </message>
    <message>
        <source>{where}: {check}: {detail}</source>
        <comment>cloud.check-problem</comment>
        <translation>{where}: {check}: {detail}</translation>
    </message>
    <message>
        <source>{host}:{port} answered TLS but did not negotiate ALPN {alpn} (got {got}: a TLS-inspecting proxy in between?)</source>
        <comment>cloud.check.alpn-missing</comment>
        <translation>{host}:{port} trả lời TLS nhưng không thương lượng ALPN {alpn} (nhận {got}: có proxy kiểm tra TLS ở giữa?)</translation>
    </message>
    <message>
        <source>custom device endpoint ([cloud] mqtt_endpoint): not applicable</source>
        <comment>cloud.check.alpn-na-custom</comment>
        <translation>endpoint thiết bị tùy chỉnh ([cloud] mqtt_endpoint): không áp dụng</translation>
    </message>
    <message>
        <source>embedded cloud: not applicable</source>
        <comment>cloud.check.alpn-na-embedded</comment>
        <translation>đám mây tích hợp: không áp dụng</translation>
    </message>
    <message>
        <source>{why}; not needed while port 8883 works (boards dial 8883)</source>
        <comment>cloud.check.alpn-not-needed</comment>
        <translation>{why}; không cần khi cổng 8883 hoạt động (bo mạch kết nối 8883)</translation>
    </message>
    <message>
        <source>{host}:{port} negotiates ALPN {alpn}</source>
        <comment>cloud.check.alpn-ok</comment>
        <translation>{host}:{port} thương lượng ALPN {alpn}</translation>
    </message>
    <message>
        <source>unreadable Date header {date}</source>
        <comment>cloud.check.bad-date-header</comment>
        <translation>header Date không đọc được {date}</translation>
    </message>
    <message>
        <source>access denied ({code}): the bucket belongs to another account, or this identity may not list the prefix</source>
        <comment>cloud.check.bucket-denied</comment>
        <translation>bị từ chối truy cập ({code}): bucket thuộc tài khoản khác, hoặc danh tính này không được liệt kê tiền tố</translation>
    </message>
    <message>
        <source>{allowed} of {needed} calls allowed for {principal} ({note})</source>
        <comment>cloud.check.calls-allowed</comment>
        <translation>{allowed} trên {needed} lệnh gọi được phép cho {principal} ({note})</translation>
    </message>
    <message>
        <source>cannot list it: {problem}</source>
        <comment>cloud.check.cannot-list</comment>
        <translation>không liệt kê được: {problem}</translation>
    </message>
    <message>
        <source>cannot list the group's policies ({code})</source>
        <comment>cloud.check.cannot-list-group-policies</comment>
        <translation>không liệt kê được các chính sách của nhóm ({code})</translation>
    </message>
    <message>
        <source>cannot reach {where}: {problem}</source>
        <comment>cloud.check.cannot-reach</comment>
        <translation>không tới được {where}: {problem}</translation>
    </message>
    <message>
        <source>cannot reach S3: {problem}</source>
        <comment>cloud.check.cannot-reach-s3</comment>
        <translation>không tới được S3: {problem}</translation>
    </message>
    <message>
        <source>cannot reach the service: {problem}</source>
        <comment>cloud.check.cannot-reach-service</comment>
        <translation>không tới được dịch vụ: {problem}</translation>
    </message>
    <message>
        <source>cannot read it: {problem}</source>
        <comment>cloud.check.cannot-read</comment>
        <translation>không đọc được: {problem}</translation>
    </message>
    <message>
        <source>this PC's clock is {seconds} s ahead of the cloud's clock; AWS rejects signatures more than 5 minutes off</source>
        <comment>cloud.check.clock-ahead</comment>
        <translation>đồng hồ máy tính này nhanh hơn đồng hồ đám mây {seconds} s; AWS từ chối chữ ký lệch quá 5 phút</translation>
    </message>
    <message>
        <source>this PC's clock is {seconds} s behind the cloud's clock; AWS rejects signatures more than 5 minutes off</source>
        <comment>cloud.check.clock-behind</comment>
        <translation>đồng hồ máy tính này chậm hơn đồng hồ đám mây {seconds} s; AWS từ chối chữ ký lệch quá 5 phút</translation>
    </message>
    <message>
        <source>within {seconds} s of the cloud's clock</source>
        <comment>cloud.check.clock-within</comment>
        <translation>lệch không quá {seconds} s so với đồng hồ đám mây</translation>
    </message>
    <message>
        <source>{actions}: granted only under a condition (s3:prefix, iam:PassedToService, iot:thingArn) that this control plane's simulator does not evaluate</source>
        <comment>cloud.check.conditions-unverified</comment>
        <translation>{actions}: chỉ được cấp theo một điều kiện (s3:prefix, iam:PassedToService, iot:thingArn) mà trình mô phỏng của control plane này không đánh giá</translation>
    </message>
    <message>
        <source>is deprecated: CreateThing with it fails</source>
        <comment>cloud.check.deprecated</comment>
        <translation>đã ngừng dùng: CreateThing với nó sẽ thất bại</translation>
    </message>
    <message>
        <source>DescribeEndpoint failed: {problem}</source>
        <comment>cloud.check.describe-endpoint-failed</comment>
        <translation>DescribeEndpoint thất bại: {problem}</translation>
    </message>
    <message>
        <source>does not exist</source>
        <comment>cloud.check.does-not-exist</comment>
        <translation>không tồn tại</translation>
    </message>
    <message>
        <source>the embedded cloud's MQTT (mTLS) port {host}:{port} is unreachable: {error}</source>
        <comment>cloud.check.embedded-mqtt-unreachable</comment>
        <translation>cổng MQTT (mTLS) {host}:{port} của đám mây tích hợp không tới được: {error}</translation>
    </message>
    <message>
        <source>exists; nothing under the prefix yet (upload firmware with `station catalog upload`)</source>
        <comment>cloud.check.empty-catalog</comment>
        <translation>đã tồn tại; chưa có gì dưới tiền tố (tải firmware lên bằng `station catalog upload`)</translation>
    </message>
    <message>
        <source>exists; nothing under the prefix yet</source>
        <comment>cloud.check.empty-prefix</comment>
        <translation>đã tồn tại; chưa có gì dưới tiền tố</translation>
    </message>
    <message>
        <source>the device endpoint {host}:{port} is unreachable: {error}</source>
        <comment>cloud.check.endpoint-unreachable</comment>
        <translation>endpoint thiết bị {host}:{port} không tới được: {error}</translation>
    </message>
    <message>
        <source>not enabled in this account and region: the station follows every unit by polling (more AWS calls, slower ready)</source>
        <comment>cloud.check.events-off</comment>
        <translation>chưa bật trong tài khoản và vùng này: trạm theo dõi mọi thiết bị bằng cách hỏi định kỳ (nhiều lệnh gọi AWS hơn, sẵn sàng chậm hơn)</translation>
    </message>
    <message>
        <source>enabled: units are followed to ready by events, with a slow safety poll</source>
        <comment>cloud.check.events-on</comment>
        <translation>đã bật: thiết bị được theo dõi tới khi sẵn sàng bằng sự kiện, kèm hỏi định kỳ an toàn chậm</translation>
    </message>
    <message>
        <source>exists</source>
        <comment>cloud.check.exists</comment>
        <translation>đã tồn tại</translation>
    </message>
    <message>
        <source>exists, has objects</source>
        <comment>cloud.check.has-objects</comment>
        <translation>đã tồn tại, có đối tượng</translation>
    </message>
    <message>
        <source>could not reach IAM to simulate: {problem}</source>
        <comment>cloud.check.iam-unreachable</comment>
        <translation>không tới được IAM để mô phỏng: {problem}</translation>
    </message>
    <message>
        <source>indicative: service control policies and permission boundaries are not seen by the simulator</source>
        <comment>cloud.check.indicative</comment>
        <translation>chỉ mang tính tham khảo: trình mô phỏng không thấy chính sách kiểm soát dịch vụ và ranh giới quyền</translation>
    </message>
    <message>
        <source>at most {units} units/hour for every station of this account and region together, bound by {binding} ({tps} TPS, {source})</source>
        <comment>cloud.check.line-rate</comment>
        <translation>tối đa {units} thiết bị/giờ cho tất cả các trạm của tài khoản và vùng này cộng lại, bị giới hạn bởi {binding} ({tps} TPS, {source})</translation>
    </message>
    <message>
        <source>no AWS call on a unit's critical path in certificates.mode {mode}: the line's rate is bound by the serial link, the board's key generation and the station's own work, not by the account's API quotas</source>
        <comment>cloud.check.line-rate-unbound</comment>
        <translation>không có lệnh gọi AWS nào trên đường găng của thiết bị ở certificates.mode {mode}: tốc độ của chuyền bị giới hạn bởi đường nối tiếp, việc tạo khóa của bo mạch và công việc của chính trạm, không phải bởi hạn mức API của tài khoản</translation>
    </message>
    <message>
        <source>access denied ({code}): this identity may not read it</source>
        <comment>cloud.check.may-not-read</comment>
        <translation>bị từ chối truy cập ({code}): danh tính này không được đọc</translation>
    </message>
    <message>
        <source>this identity may not read it ({code}); the station does not need to: run the check as the line engineer to see it</source>
        <comment>cloud.check.need-not-read</comment>
        <translation>danh tính này không được đọc ({code}); trạm không cần đọc: chạy kiểm tra với vai trò kỹ sư chuyền để xem</translation>
    </message>
    <message>
        <source>the bucket {bucket} does not exist</source>
        <comment>cloud.check.no-bucket</comment>
        <translation>bucket {bucket} không tồn tại</translation>
    </message>
    <message>
        <source>the answer carried no Date header to compare with</source>
        <comment>cloud.check.no-date-header</comment>
        <translation>trả lời không có header Date để so sánh</translation>
    </message>
    <message>
        <source>DescribeEndpoint iot:Data-ATS failed ({code})</source>
        <comment>cloud.check.no-endpoint</comment>
        <translation>DescribeEndpoint iot:Data-ATS thất bại ({code})</translation>
    </message>
    <message>
        <source>no region configured</source>
        <comment>cloud.check.no-region</comment>
        <translation>chưa cấu hình vùng</translation>
    </message>
    <message>
        <source>could not simulate: the station identity lacks iam:SimulatePrincipalPolicy; grant it or check by running one unit</source>
        <comment>cloud.check.no-simulator</comment>
        <translation>không mô phỏng được: danh tính của trạm thiếu iam:SimulatePrincipalPolicy; hãy cấp quyền hoặc kiểm tra bằng cách chạy một thiết bị</translation>
    </message>
    <message>
        <source>'{region}' is not a region where AWS IoT Core is offered</source>
        <comment>cloud.check.not-an-iot-region</comment>
        <translation>'{region}' không phải vùng có AWS IoT Core</translation>
    </message>
    <message>
        <source>not simulated: {why}</source>
        <comment>cloud.check.not-simulated</comment>
        <translation>không mô phỏng: {why}</translation>
    </message>
    <message>
        <source>its trust policy does not let iot.amazonaws.com assume it: job documents could not get pre-signed download URLs</source>
        <comment>cloud.check.not-trusted</comment>
        <translation>chính sách tin cậy của nó không cho iot.amazonaws.com đảm nhận: tài liệu tác vụ sẽ không lấy được URL tải xuống ký sẵn</translation>
    </message>
    <message>
        <source>{principal} may not {action} on {resources} ({note})</source>
        <comment>cloud.check.permission-denied</comment>
        <translation>{principal} không được {action} trên {resources} ({note})</translation>
    </message>
    <message>
        <source>{policy} attached</source>
        <comment>cloud.check.policy-attached</comment>
        <translation>đã gắn {policy}</translation>
    </message>
    <message>
        <source>{policy} is not attached to the group (policy.attach_to = "group"): its devices could not connect</source>
        <comment>cloud.check.policy-not-attached</comment>
        <translation>{policy} chưa được gắn vào nhóm (policy.attach_to = "group"): các thiết bị của nhóm sẽ không kết nối được</translation>
    </message>
    <message>
        <source>this identity may not read them ({code})</source>
        <comment>cloud.check.quotas-denied</comment>
        <translation>danh tính này không được đọc chúng ({code})</translation>
    </message>
    <message>
        <source>read from Service Quotas ({rates} IoT API rates)</source>
        <comment>cloud.check.quotas-read</comment>
        <translation>đọc từ Service Quotas ({rates} tốc độ API IoT)</translation>
    </message>
    <message>
        <source>read from Service Quotas ({rates} IoT API rates); {missing} from the shipped defaults</source>
        <comment>cloud.check.quotas-read-some</comment>
        <translation>đọc từ Service Quotas ({rates} tốc độ API IoT); {missing} lấy từ giá trị mặc định đi kèm</translation>
    </message>
    <message>
        <source>Service Quotas did not answer ({code})</source>
        <comment>cloud.check.quotas-silent</comment>
        <translation>Service Quotas không trả lời ({code})</translation>
    </message>
    <message>
        <source>account quotas not available: {why}; using the shipped defaults</source>
        <comment>cloud.check.quotas-unavailable</comment>
        <translation>không có hạn mức tài khoản: {why}; dùng giá trị mặc định đi kèm</translation>
    </message>
    <message>
        <source>{host}:{port} reachable ({ms} ms)</source>
        <comment>cloud.check.reachable</comment>
        <translation>{host}:{port} tới được ({ms} ms)</translation>
    </message>
    <message>
        <source>{region} (control plane at {endpoint})</source>
        <comment>cloud.check.region-at</comment>
        <translation>{region} (control plane tại {endpoint})</translation>
    </message>
    <message>
        <source>simulating as {principal}</source>
        <comment>cloud.check.simulating-as</comment>
        <translation>mô phỏng với danh nghĩa {principal}</translation>
    </message>
    <message>
        <source>could not simulate {principal}: {code}: {problem}</source>
        <comment>cloud.check.simulation-failed</comment>
        <translation>không mô phỏng được {principal}: {code}: {problem}</translation>
    </message>
    <message>
        <source>sts GetCallerIdentity failed: {problem}</source>
        <comment>cloud.check.sts-failed</comment>
        <translation>sts GetCallerIdentity thất bại: {problem}</translation>
    </message>
    <message>
        <source>{host}:{port}: {error}</source>
        <comment>cloud.check.tls-failed</comment>
        <translation>{host}:{port}: {error}</translation>
    </message>
    <message>
        <source>TLS {version} handshake with {host}:{port}, server trusted by the device CA</source>
        <comment>cloud.check.tls-ok</comment>
        <translation>bắt tay TLS {version} với {host}:{port}, máy chủ được CA thiết bị tin cậy</translation>
    </message>
    <message>
        <source>TLS {version} handshake with {host}:{port}, server trusted by the device CA; asks for a device certificate</source>
        <comment>cloud.check.tls-ok-asks-cert</comment>
        <translation>bắt tay TLS {version} với {host}:{port}, máy chủ được CA thiết bị tin cậy; yêu cầu chứng chỉ thiết bị</translation>
    </message>
    <message>
        <source>exists; trusted by iot.amazonaws.com</source>
        <comment>cloud.check.trusted</comment>
        <translation>đã tồn tại; được iot.amazonaws.com tin cậy</translation>
    </message>
    <message>
        <source>cannot ask AWS who this is: {error}: {problem}</source>
        <comment>cloud.check.who-am-i-failed</comment>
        <translation>không hỏi được AWS đây là ai: {error}: {problem}</translation>
    </message>
    <message>
        <source>the AWS client failed: {problem}</source>
        <comment>cloud.client-failed</comment>
        <translation>AWS client bị lỗi: {problem}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity may not {action}</source>
        <comment>cloud.denied-action</comment>
        <translation>AWS từ chối {operation}: danh tính của trạm không được phép {action}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity may not {action} on {resource}</source>
        <comment>cloud.denied-action-on</comment>
        <translation>AWS từ chối {operation}: danh tính của trạm không được phép {action} trên {resource}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity lacks the permission for {operation}</source>
        <comment>cloud.denied-operation</comment>
        <translation>AWS từ chối {operation}: danh tính của trạm thiếu quyền cho {operation}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity lacks the permission for {operation} on {resource}</source>
        <comment>cloud.denied-operation-on</comment>
        <translation>AWS từ chối {operation}: danh tính của trạm thiếu quyền cho {operation} trên {resource}</translation>
    </message>
    <message>
        <source>{where} · {state}</source>
        <comment>cloud.indicator</comment>
        <translation>{where} · {state}</translation>
    </message>
    <message>
        <source>a value for AWS is invalid before it was even sent: {problem}</source>
        <comment>cloud.invalid-before-sent</comment>
        <translation>một giá trị gửi AWS đã không hợp lệ ngay trước khi gửi: {problem}</translation>
    </message>
    <message>
        <source>the login of {who} has expired (AWS answered {code}); waiting for a renewed login</source>
        <comment>cloud.login-expired</comment>
        <translation>phiên đăng nhập của {who} đã hết hạn (AWS trả lời {code}); đang chờ đăng nhập lại</translation>
    </message>
    <message>
        <source>AWS does not accept {who} (it answered {code}): the access key or session token is unknown, revoked or from another account; waiting for a renewed login</source>
        <comment>cloud.login-not-accepted</comment>
        <translation>AWS không chấp nhận {who} (trả lời {code}): khóa truy cập hoặc mã phiên không rõ, đã thu hồi hoặc thuộc tài khoản khác; đang chờ đăng nhập lại</translation>
    </message>
    <message>
        <source>the login of {who} has expired or could not be refreshed ({error}); waiting for a renewed login</source>
        <comment>cloud.login-not-refreshed</comment>
        <translation>phiên đăng nhập của {who} đã hết hạn hoặc không làm mới được ({error}); đang chờ đăng nhập lại</translation>
    </message>
    <message>
        <source>AWS refused {op}: the device policy it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-device-policy</comment>
        <translation>AWS từ chối {op}: chính sách thiết bị cần thiết không tồn tại trong tài khoản và vùng AWS này ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the resource it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-resource</comment>
        <translation>AWS từ chối {op}: tài nguyên cần thiết không tồn tại trong tài khoản và vùng AWS này ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing</comment>
        <translation>AWS từ chối {op}: thing cần thiết không tồn tại trong tài khoản và vùng AWS này ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing group it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing-group</comment>
        <translation>AWS từ chối {op}: nhóm thing cần thiết không tồn tại trong tài khoản và vùng AWS này ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing type it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing-type</comment>
        <translation>AWS từ chối {op}: loại thing cần thiết không tồn tại trong tài khoản và vùng AWS này ({answer})</translation>
    </message>
    <message>
        <source>network error ({error})</source>
        <comment>cloud.network-error</comment>
        <translation>lỗi mạng ({error})</translation>
    </message>
    <message>
        <source>AWS profile {profile}, region {region}: the AWS profile '{profile}' is not configured on this PC</source>
        <comment>cloud.no-aws-profile</comment>
        <translation>hồ sơ AWS {profile}, vùng {region}: hồ sơ AWS '{profile}' chưa được cấu hình trên máy tính này</translation>
    </message>
    <message>
        <source>no AWS credentials were found for {who}; waiting for a login</source>
        <comment>cloud.no-credentials</comment>
        <translation>không tìm thấy thông tin xác thực AWS cho {who}; đang chờ đăng nhập</translation>
    </message>
    <message>
        <source>the thing type '{thing_type}' does not exist in this AWS account and region</source>
        <comment>cloud.no-thing-type</comment>
        <translation>loại thing '{thing_type}' không tồn tại trong tài khoản và vùng AWS này</translation>
    </message>
    <message>
        <source>AWS did not accept {op} ({reason})</source>
        <comment>cloud.not-accepted</comment>
        <translation>AWS không chấp nhận {op} ({reason})</translation>
    </message>
    <message>
        <source>AWS did not accept {op} within {seconds} s ({reason})</source>
        <comment>cloud.not-accepted-within</comment>
        <translation>AWS không chấp nhận {op} trong {seconds} s ({reason})</translation>
    </message>
    <message>
        <source>the AWS credentials found are incomplete for {who}; waiting for a login</source>
        <comment>cloud.partial-credentials</comment>
        <translation>thông tin xác thực AWS tìm thấy cho {who} chưa đầy đủ; đang chờ đăng nhập</translation>
    </message>
    <message>
        <source>the AWS profile '{profile}' is not configured on this PC</source>
        <comment>cloud.profile-not-configured</comment>
        <translation>hồ sơ AWS '{profile}' chưa được cấu hình trên máy tính này</translation>
    </message>
    <message>
        <source>AWS refused {op}: {answer} ({code})</source>
        <comment>cloud.refused</comment>
        <translation>AWS từ chối {op}: {answer} ({code})</translation>
    </message>
    <message>
        <source>AWS refused {operation} as invalid: {answer}</source>
        <comment>cloud.refused-invalid</comment>
        <translation>AWS từ chối {operation} vì không hợp lệ: {answer}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: an account limit is reached ({answer})</source>
        <comment>cloud.refused-limit</comment>
        <translation>AWS từ chối {operation}: đã chạm giới hạn tài khoản ({answer})</translation>
    </message>
    <message>
        <source>AWS refused a request as expired ({code}): the station PC's clock is wrong, or the login of {who} is stale; waiting for a renewed login</source>
        <comment>cloud.request-expired</comment>
        <translation>AWS từ chối một yêu cầu vì đã hết hạn ({code}): đồng hồ máy tính của trạm sai, hoặc phiên đăng nhập của {who} đã cũ; đang chờ đăng nhập lại</translation>
    </message>
    <message>
        <source>AWS answered with a server error ({code})</source>
        <comment>cloud.server-error</comment>
        <translation>AWS trả lời bằng lỗi máy chủ ({code})</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>cloud.state.access-denied</comment>
        <translation>bị từ chối truy cập</translation>
    </message>
    <message>
        <source>bad region</source>
        <comment>cloud.state.bad-region</comment>
        <translation>vùng sai</translation>
    </message>
    <message>
        <source>clock wrong</source>
        <comment>cloud.state.clock-wrong</comment>
        <translation>đồng hồ sai</translation>
    </message>
    <message>
        <source>credentials broken</source>
        <comment>cloud.state.credentials-broken</comment>
        <translation>thông tin xác thực hỏng</translation>
    </message>
    <message>
        <source>credentials expired</source>
        <comment>cloud.state.credentials-expired</comment>
        <translation>thông tin xác thực hết hạn</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <comment>cloud.state.credentials-rejected</comment>
        <translation>thông tin xác thực bị từ chối</translation>
    </message>
    <message>
        <source>endpoint TLS broken</source>
        <comment>cloud.state.endpoint-tls-broken</comment>
        <translation>TLS của endpoint bị lỗi</translation>
    </message>
    <message>
        <source>endpoint unknown</source>
        <comment>cloud.state.endpoint-unknown</comment>
        <translation>không rõ endpoint</translation>
    </message>
    <message>
        <source>endpoint unreachable</source>
        <comment>cloud.state.endpoint-unreachable</comment>
        <translation>không tới được endpoint</translation>
    </message>
    <message>
        <source>job events off</source>
        <comment>cloud.state.job-events-off</comment>
        <translation>sự kiện tác vụ đang tắt</translation>
    </message>
    <message>
        <source>no credentials</source>
        <comment>cloud.state.no-credentials</comment>
        <translation>không có thông tin xác thực</translation>
    </message>
    <message>
        <source>no region</source>
        <comment>cloud.state.no-region</comment>
        <translation>không có vùng</translation>
    </message>
    <message>
        <source>not set up</source>
        <comment>cloud.state.not-set-up</comment>
        <translation>chưa thiết lập</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>cloud.state.ok</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>permission missing</source>
        <comment>cloud.state.permission-missing</comment>
        <translation>thiếu quyền</translation>
    </message>
    <message>
        <source>problem</source>
        <comment>cloud.state.problem</comment>
        <translation>có lỗi</translation>
    </message>
    <message>
        <source>AWS profile missing</source>
        <comment>cloud.state.profile-missing</comment>
        <translation>thiếu hồ sơ AWS</translation>
    </message>
    <message>
        <source>cloud unreachable</source>
        <comment>cloud.state.unreachable</comment>
        <translation>không tới được đám mây</translation>
    </message>
    <message>
        <source>AWS is throttling requests</source>
        <comment>cloud.throttled</comment>
        <translation>AWS đang hạn chế tốc độ yêu cầu</translation>
    </message>
    <message>
        <source>waiting for AWS: {reason} ({op})</source>
        <comment>cloud.waiting</comment>
        <translation>đang chờ AWS: {reason} ({op})</translation>
    </message>
    <message>
        <source>AWS {account} · {region}</source>
        <comment>cloud.where-aws</comment>
        <translation>AWS {account} · {region}</translation>
    </message>
    <message>
        <source>embedded cloud</source>
        <comment>cloud.where-embedded</comment>
        <translation>đám mây tích hợp</translation>
    </message>
    <message>
        <source>embedded demo</source>
        <comment>cloud.where-embedded-demo</comment>
        <translation>demo tích hợp</translation>
    </message>
    <message>
        <source>AWS profile '{profile}'</source>
        <comment>cloud.who-profile</comment>
        <translation>hồ sơ AWS '{profile}'</translation>
    </message>
    <message>
        <source>the station's AWS credentials</source>
        <comment>cloud.who-station</comment>
        <translation>thông tin xác thực AWS của trạm</translation>
    </message>
    <message>
        <source>the board's key uses curve {curve}, AWS IoT accepts P-256/P-384/P-521</source>
        <comment>csr.bad-curve</comment>
        <translation>khóa của bo mạch dùng đường cong {curve}, AWS IoT chấp nhận P-256/P-384/P-521</translation>
    </message>
    <message>
        <source>the board's key type {key_type} is not accepted by AWS IoT</source>
        <comment>csr.bad-key-type</comment>
        <translation>AWS IoT không chấp nhận loại khóa {key_type} của bo mạch</translation>
    </message>
    <message>
        <source>the board's CSR signature does not verify (corrupt or forged CSR)</source>
        <comment>csr.bad-signature</comment>
        <translation>chữ ký CSR của bo mạch không hợp lệ (CSR hỏng hoặc giả mạo)</translation>
    </message>
    <message>
        <source>the board's CSR is not valid PEM/DER: {problem}</source>
        <comment>csr.not-pem</comment>
        <translation>CSR của bo mạch không phải PEM/DER hợp lệ: {problem}</translation>
    </message>
    <message>
        <source>the CSR's public key differs from the key the board reports holding</source>
        <comment>csr.other-key</comment>
        <translation>khóa công khai trong CSR khác với khóa bo mạch báo đang giữ</translation>
    </message>
    <message>
        <source>the board's RSA key has {bits} bits, at least 2048 are required</source>
        <comment>csr.short-rsa</comment>
        <translation>khóa RSA của bo mạch có {bits} bit, cần ít nhất 2048</translation>
    </message>
    <message>
        <source>the CSR's signatureAlgorithm uses {hash}, which is not accepted: a CSR must be signed with SHA-256 or stronger</source>
        <comment>csr.weak-hash</comment>
        <translation>signatureAlgorithm của CSR dùng {hash}, không được chấp nhận: CSR phải ký bằng SHA-256 trở lên</translation>
    </message>
    <message>
        <source>the CSR's common name is '{cn}', expected the thing name '{thing_name}'</source>
        <comment>csr.wrong-cn</comment>
        <translation>tên chung của CSR là '{cn}', cần tên thing '{thing_name}'</translation>
    </message>
    <message>
        <source>the demo needs 1 to {max} virtual boards, not {boards}</source>
        <comment>demo.boards</comment>
        <translation>bản demo cần 1 đến {max} bo mạch ảo, không phải {boards}</translation>
    </message>
    <message>
        <source>--fault {number}={spec}: board {number} is {kind}: {problem}</source>
        <comment>demo.fault-kind</comment>
        <translation>--fault {number}={spec}: bo mạch {number} là {kind}: {problem}</translation>
    </message>
    <message>
        <source>an nRF91 modem</source>
        <comment>demo.kind-modem</comment>
        <translation>một modem nRF91</translation>
    </message>
    <message>
        <source>a reference board</source>
        <comment>demo.kind-reference</comment>
        <translation>một bo mạch tham chiếu</translation>
    </message>
    <message>
        <source>--nrf91 {nrf91} asks for more nRF91 modems than the {boards} boards</source>
        <comment>demo.modems</comment>
        <translation>--nrf91 {nrf91} yêu cầu nhiều modem nRF91 hơn {boards} bo mạch</translation>
    </message>
    <message>
        <source>--fault {number}={spec}: there is no board {number} (the demo has {boards})</source>
        <comment>demo.no-board</comment>
        <translation>--fault {number}={spec}: không có bo mạch {number} (bản demo có {boards})</translation>
    </message>
    <message>
        <source>{detail}; {then}</source>
        <comment>detail.and</comment>
        <translation>{detail}; {then}</translation>
    </message>
    <message>
        <source>{detail}: {why}</source>
        <comment>detail.because</comment>
        <translation>{detail}: {why}</translation>
    </message>
    <message>
        <source>certificate {certificate}</source>
        <comment>detail.certificate</comment>
        <translation>chứng chỉ {certificate}</translation>
    </message>
    <message>
        <source>board refused a CSR: using cloud-generated keys</source>
        <comment>detail.cloud-keys</comment>
        <translation>bo mạch từ chối CSR: dùng khóa tạo trên đám mây</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name)</source>
        <comment>detail.csr-checked</comment>
        <translation>đã kiểm tra CSR (chữ ký, khóa, tên chung)</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name); new key for rework</source>
        <comment>detail.csr-checked-rework</comment>
        <translation>đã kiểm tra CSR (chữ ký, khóa, tên chung); khóa mới cho việc làm lại</translation>
    </message>
    <message>
        <source>CSR from the board's existing key</source>
        <comment>detail.existing-key</comment>
        <translation>CSR từ khóa sẵn có của bo mạch</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name)</source>
        <comment>detail.factory-ca.csr</comment>
        <translation>đã kiểm tra CSR (chữ ký, khóa, common name)</translation>
    </message>
    <message>
        <source>registered: thing {thing}, certificate {certificate} ACTIVE</source>
        <comment>detail.factory-ca.registered</comment>
        <translation>đã đăng ký: thing {thing}, chứng chỉ {certificate} ACTIVE</translation>
    </message>
    <message>
        <source>signed by the line CA: certificate {certificate}, valid until {until}</source>
        <comment>detail.factory-ca.signed</comment>
        <translation>được CA của chuyền ký: chứng chỉ {certificate}, hợp lệ đến {until}</translation>
    </message>
    <message>
        <source>claim certificate {certificate}, template {template}</source>
        <comment>detail.fleet-claim.claim</comment>
        <translation>chứng chỉ claim {certificate}, mẫu {template}</translation>
    </message>
    <message>
        <source>registered itself: thing {thing}, certificate {certificate} ACTIVE</source>
        <comment>detail.fleet-claim.registered</comment>
        <translation>đã tự đăng ký: thing {thing}, chứng chỉ {certificate} ACTIVE</translation>
    </message>
    <message>
        <source>hashes match (the claim key is checked as sent)</source>
        <comment>detail.fleet-claim.verified</comment>
        <translation>hàm băm khớp (khóa claim được kiểm tra đúng như đã gửi)</translation>
    </message>
    <message>
        <source>registered in AWS IoT: certificate {certificate} ACTIVE, thing {thing} exists (found by {by})</source>
        <comment>detail.found-registered-later</comment>
        <translation>đã đăng ký trong AWS IoT: chứng chỉ {certificate} ACTIVE, thing {thing} tồn tại (tìm theo {by})</translation>
    </message>
    <message>
        <source>group {group}</source>
        <comment>detail.group</comment>
        <translation>nhóm {group}</translation>
    </message>
    <message>
        <source>group {group}; retired certificate {retired}</source>
        <comment>detail.group-retired</comment>
        <translation>nhóm {group}; chứng chỉ đã thu hồi {retired}</translation>
    </message>
    <message>
        <source>{model} {serial} hw {hw}</source>
        <comment>detail.identified</comment>
        <translation>{model} {serial} hw {hw}</translation>
    </message>
    <message>
        <source>set INACTIVE certificate {certificates} of an interrupted attempt: the board has replaced that key and cannot report keys, so it could not be reused</source>
        <comment>detail.leftovers-retired</comment>
        <translation>đã đặt INACTIVE cho chứng chỉ {certificates} của lần thử bị gián đoạn: bo mạch đã thay khóa đó và không báo được khóa, nên không dùng lại được</translation>
    </message>
    <message>
        <source>new certificate {certificate}</source>
        <comment>detail.new-certificate</comment>
        <translation>chứng chỉ mới {certificate}</translation>
    </message>
    <message>
        <source>no current job for group {group}: ready once registered</source>
        <comment>detail.no-job</comment>
        <translation>không có tác vụ hiện hành cho nhóm {group}: sẵn sàng ngay khi đăng ký</translation>
    </message>
    <message>
        <source>device online: it started job {job}</source>
        <comment>detail.online</comment>
        <translation>thiết bị trực tuyến: đã bắt đầu tác vụ {job}</translation>
    </message>
    <message>
        <source>ready: {reached}</source>
        <comment>detail.ready</comment>
        <translation>sẵn sàng: {reached}</translation>
    </message>
    <message>
        <source>reusing certificate {certificate}</source>
        <comment>detail.reusing-certificate</comment>
        <translation>dùng lại chứng chỉ {certificate}</translation>
    </message>
    <message>
        <source>hashes match; the certificate's key is the key of the board's CSR</source>
        <comment>detail.verified-csr-key</comment>
        <translation>hàm băm khớp; khóa của chứng chỉ là khóa trong CSR của bo mạch</translation>
    </message>
    <message>
        <source>hashes and public key match</source>
        <comment>detail.verified-key</comment>
        <translation>hàm băm và khóa công khai khớp</translation>
    </message>
    <message>
        <source>the board cannot report the key it held, so its earlier certificate could not be reused: it made a new key and the old certificate was retired</source>
        <comment>detail.why-keyless</comment>
        <translation>bo mạch không báo được khóa đã giữ, nên không dùng lại được chứng chỉ trước: nó đã tạo khóa mới và chứng chỉ cũ đã bị thu hồi</translation>
    </message>
    <message>
        <source>{objects} object(s), {size} bytes</source>
        <comment>detail.written</comment>
        <translation>{objects} đối tượng, {size} byte</translation>
    </message>
    <message>
        <source>{objects} object(s), {size} bytes; {skipped} already on the board</source>
        <comment>detail.written-skipped</comment>
        <translation>{objects} đối tượng, {size} byte; {skipped} đã có trên bo mạch</translation>
    </message>
    <message>
        <source>AWS IoT holds this unit's certificate {certificate} as {status}: it was revoked or deactivated</source>
        <comment>factory-ca.certificate-retired</comment>
        <translation>AWS IoT giữ chứng chỉ {certificate} của thiết bị này ở trạng thái {status}: nó đã bị thu hồi hoặc vô hiệu hóa</translation>
    </message>
    <message>
        <source>serial {serial} is already registered in AWS IoT (thing {thing} exists) and the rework policy is '{policy}'</source>
        <comment>factory-ca.duplicate</comment>
        <translation>số sê-ri {serial} đã được đăng ký trong AWS IoT (thing {thing} tồn tại) và chính sách làm lại là '{policy}'</translation>
    </message>
    <message>
        <source>the cloud is unreachable and the records already hold a verified provisioning of serial {serial} ({earlier}); the rework policy is '{policy}'</source>
        <comment>factory-ca.duplicate-recorded</comment>
        <translation>đám mây không tới được và hồ sơ ghi đã có một lần cấp phát đã xác minh cho số sê-ri {serial} ({earlier}); chính sách làm lại là '{policy}'</translation>
    </message>
    <message>
        <source>the board cannot generate its own key (no 'csr' capability); factory-ca signs only keys made on the board</source>
        <comment>factory-ca.no-csr</comment>
        <translation>bo mạch không tự tạo được khóa (không có khả năng 'csr'); factory-ca chỉ ký các khóa được tạo trên bo mạch</translation>
    </message>
    <message>
        <source>the device endpoint is not known: the station started without reaching AWS and the profile has no cloud.mqtt_endpoint</source>
        <comment>factory-ca.no-endpoint</comment>
        <translation>chưa biết endpoint thiết bị: trạm đã khởi động mà không tới được AWS và hồ sơ không có cloud.mqtt_endpoint</translation>
    </message>
    <message>
        <source>the board reports no hardware revision, and AWS IoT's just-in-time provisioning needs every field of the certificate's subject (the revision goes in its dnQualifier)</source>
        <comment>factory-ca.no-hw-revision</comment>
        <translation>bo mạch không báo phiên bản phần cứng, mà just-in-time provisioning của AWS IoT cần mọi trường trong subject của chứng chỉ (phiên bản nằm trong dnQualifier của nó)</translation>
    </message>
    <message>
        <source>the profile's certificates.mode is "factory-ca" but the station has no line CA open</source>
        <comment>factory-ca.no-line-ca</comment>
        <translation>certificates.mode của hồ sơ là "factory-ca" nhưng trạm chưa mở CA của chuyền nào</translation>
    </message>
    <message>
        <source>AWS has not seen the board connect within {seconds} s</source>
        <comment>factory-ca.wait-timeout</comment>
        <translation>AWS chưa thấy bo mạch kết nối trong vòng {seconds} s</translation>
    </message>
    <message>
        <source>the cloud is unreachable; keys, signing, writing and verification are done</source>
        <comment>factory-ca.wait-unreachable</comment>
        <translation>đám mây không tới được; khóa, ký, ghi và xác minh đã xong</translation>
    </message>
    <message>
        <source>the profile's certificates.mode is "fleet-claim" but the station has no claim source</source>
        <comment>fleet-claim.no-claims</comment>
        <translation>certificates.mode của hồ sơ là "fleet-claim" nhưng trạm không có nguồn claim</translation>
    </message>
    <message>
        <source>the device endpoint is not known</source>
        <comment>fleet-claim.no-endpoint</comment>
        <translation>chưa biết endpoint thiết bị</translation>
    </message>
    <message>
        <source>the board reports it registered, but AWS IoT does not hold {what}</source>
        <comment>fleet-claim.not-registered</comment>
        <translation>bo mạch báo đã đăng ký, nhưng AWS IoT không có {what}</translation>
    </message>
    <message>
        <source>the {driver} driver's boards cannot register themselves with a claim certificate, but the profile asks for fleet provisioning by claim (certificates.mode = "fleet-claim")</source>
        <comment>fleet-claim.not-supported</comment>
        <translation>bo mạch của trình điều khiển {driver} không tự đăng ký được bằng chứng chỉ claim, nhưng hồ sơ yêu cầu fleet provisioning bằng claim (certificates.mode = "fleet-claim")</translation>
    </message>
    <message>
        <source>the board registered as thing {reported}, not {thing}</source>
        <comment>fleet-claim.other-thing</comment>
        <translation>bo mạch đã đăng ký thành thing {reported}, không phải {thing}</translation>
    </message>
    <message>
        <source>the board did not report its registration within {seconds} s (last: {state} at {where})</source>
        <comment>fleet-claim.register-timeout</comment>
        <translation>bo mạch không báo việc đăng ký trong vòng {seconds} s (lần cuối: {state} tại {where})</translation>
    </message>
    <message>
        <source>certificate {certificate} ACTIVE and attached to {thing}</source>
        <comment>fleet-claim.what-certificate</comment>
        <translation>chứng chỉ {certificate} ACTIVE và đã gắn vào {thing}</translation>
    </message>
    <message>
        <source>thing {thing}</source>
        <comment>fleet-claim.what-thing</comment>
        <translation>thing {thing}</translation>
    </message>
    <message>
        <source>AWS IoT has no provisioning template '{template}' to make a claim certificate for</source>
        <comment>fleet.claim-no-template</comment>
        <translation>AWS IoT không có mẫu cấp phát '{template}' để tạo chứng chỉ claim</translation>
    </message>
    <message>
        <source>the claim certificate AWS issued has only {seconds} s left</source>
        <comment>fleet.claim-short-lived</comment>
        <translation>chứng chỉ claim do AWS cấp chỉ còn {seconds} s</translation>
    </message>
    <message>
        <source>fleet-claim puts every thing in a group, and no [[groups]] rule matches model '{model}' hardware revision '{hw}'</source>
        <comment>fleet.no-group</comment>
        <translation>fleet-claim đưa mọi thing vào một nhóm, nhưng không có quy tắc [[groups]] nào khớp mẫu '{model}' phiên bản phần cứng '{hw}'</translation>
    </message>
    <message>
        <source>AWS failed the board's registration on its side ({code}: {answer})</source>
        <comment>fleet.refused-aws</comment>
        <translation>việc đăng ký bo mạch thất bại ở phía AWS ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's connection with the claim certificate (expired, or not allowed by its policy) ({code}: {answer})</source>
        <comment>fleet.refused-claim</comment>
        <translation>AWS từ chối kết nối của bo mạch bằng chứng chỉ claim (đã hết hạn, hoặc chính sách của nó không cho phép) ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's certificate request (create-from-csr): the key or CSR the board made is not acceptable ({code}: {answer})</source>
        <comment>fleet.refused-csr</comment>
        <translation>AWS từ chối yêu cầu chứng chỉ của bo mạch (create-from-csr): khóa hoặc CSR mà bo mạch tạo không được chấp nhận ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS has no enabled provisioning template '{template}' ({code}: {answer})</source>
        <comment>fleet.refused-no-template</comment>
        <translation>AWS không có mẫu cấp phát '{template}' nào đang bật ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused to register the thing with template '{template}': the template and this profile disagree on the unit's parameters ({code}: {answer})</source>
        <comment>fleet.refused-parameters</comment>
        <translation>AWS từ chối đăng ký thing bằng mẫu '{template}': mẫu và hồ sơ này không thống nhất về tham số của thiết bị ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS IoT could not apply template '{template}': its provisioning role may not make the writes the template asks for ({code}: {answer})</source>
        <comment>fleet.refused-role</comment>
        <translation>AWS IoT không áp dụng được mẫu '{template}': vai trò cấp phát của nó không được phép thực hiện các thao tác ghi mà mẫu yêu cầu ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS is throttling fleet provisioning in this account ({code}: {answer})</source>
        <comment>fleet.refused-throttled</comment>
        <translation>AWS đang giới hạn tốc độ fleet provisioning trong tài khoản này ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's registration: the certificate ownership token was invalid or expired ({code}: {answer})</source>
        <comment>fleet.refused-token</comment>
        <translation>AWS từ chối đăng ký bo mạch: mã sở hữu chứng chỉ (certificate ownership token) không hợp lệ hoặc đã hết hạn ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's fleet provisioning at step '{where}' ({code}: {answer})</source>
        <comment>fleet.refused-unknown</comment>
        <translation>AWS từ chối fleet provisioning của bo mạch ở bước '{where}' ({code}: {answer})</translation>
    </message>
    <message>
        <source>{what} '{value}' is not valid ({allowed}; at most 64, starting with a letter or digit)</source>
        <comment>jobs.bad-name</comment>
        <translation>{what} '{value}' không hợp lệ ({allowed}; tối đa 64, bắt đầu bằng chữ cái hoặc chữ số)</translation>
    </message>
    <message>
        <source>the station may not read the catalog s3://{bucket}/{key}</source>
        <comment>jobs.catalog-denied</comment>
        <translation>trạm không được đọc danh mục s3://{bucket}/{key}</translation>
    </message>
    <message>
        <source>configuration is invalid at {path}: {problem}</source>
        <comment>jobs.config-invalid</comment>
        <translation>cấu hình không hợp lệ tại {path}: {problem}</translation>
    </message>
    <message>
        <source>the firmware image is empty</source>
        <comment>jobs.empty-image</comment>
        <translation>ảnh firmware trống</translation>
    </message>
    <message>
        <source>{what} was {status} for this unit</source>
        <comment>jobs.ended</comment>
        <translation>{what} đã {status} cho thiết bị này</translation>
    </message>
    <message>
        <source>thing group '{group}' can hold models {models}</source>
        <comment>jobs.group-models</comment>
        <translation>nhóm thing '{group}' có thể chứa các mẫu {models}</translation>
    </message>
    <message>
        <source>thing group '{group}' is not in the profile's [[groups]], so its model is unknown</source>
        <comment>jobs.group-not-in-profile</comment>
        <translation>nhóm thing '{group}' không có trong [[groups]] của hồ sơ, nên không rõ mẫu của nó</translation>
    </message>
    <message>
        <source>job {job} is current but delivers other content than the catalog now holds for {version} (the catalog object was replaced after the release)</source>
        <comment>jobs.id-other-content</comment>
        <translation>tác vụ {job} đang hiện hành nhưng cung cấp nội dung khác với nội dung danh mục hiện có cho {version} (đối tượng trong danh mục đã bị thay sau khi phát hành)</translation>
    </message>
    <message>
        <source>job {job} already exists with status {status} (targets {targets})</source>
        <comment>jobs.id-taken</comment>
        <translation>tác vụ {job} đã tồn tại với trạng thái {status} (đích {targets})</translation>
    </message>
    <message>
        <source>{kind} {version} (job {job})</source>
        <comment>jobs.job</comment>
        <translation>{kind} {version} (tác vụ {job})</translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <comment>jobs.model-chars</comment>
        <translation>chữ cái, chữ số, _ và -</translation>
    </message>
    <message>
        <source>the targets are different models ({models})</source>
        <comment>jobs.models-differ</comment>
        <translation>các đích là các mẫu khác nhau ({models})</translation>
    </message>
    <message>
        <source>the catalog bucket '{bucket}' does not exist</source>
        <comment>jobs.no-catalog-bucket</comment>
        <translation>bucket danh mục '{bucket}' không tồn tại</translation>
    </message>
    <message>
        <source>thing group '{group}' does not exist</source>
        <comment>jobs.no-group</comment>
        <translation>nhóm thing '{group}' không tồn tại</translation>
    </message>
    <message>
        <source>there is no job '{job}'</source>
        <comment>jobs.no-job</comment>
        <translation>không có tác vụ '{job}'</translation>
    </message>
    <message>
        <source>no target given</source>
        <comment>jobs.no-target</comment>
        <translation>chưa nêu đích</translation>
    </message>
    <message>
        <source>no uploaded configuration at s3://{bucket}/{key}</source>
        <comment>jobs.no-upload</comment>
        <translation>không có cấu hình đã tải lên tại s3://{bucket}/{key}</translation>
    </message>
    <message>
        <source>the device could not apply {what}</source>
        <comment>jobs.not-applied</comment>
        <translation>thiết bị không áp dụng được {what}</translation>
    </message>
    <message>
        <source>the device could not apply {what}: {reason}</source>
        <comment>jobs.not-applied-because</comment>
        <translation>thiết bị không áp dụng được {what}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {model} {version} is not in the catalog (s3://{bucket}/{key})</source>
        <comment>jobs.not-in-catalog</comment>
        <translation>{kind} {model} {version} không có trong danh mục (s3://{bucket}/{key})</translation>
    </message>
    <message>
        <source>the unit did not come online within {seconds} s after its reboot</source>
        <comment>jobs.not-online</comment>
        <translation>thiết bị không trực tuyến trong {seconds} s sau khi khởi động lại</translation>
    </message>
    <message>
        <source>not ready after {seconds} s: still waiting for {waiting}</source>
        <comment>jobs.not-ready</comment>
        <translation>chưa sẵn sàng sau {seconds} s: vẫn đang chờ {waiting}</translation>
    </message>
    <message>
        <source>'{key}' is not an upload key ({prefix}uploads/THING/STAMP.json)</source>
        <comment>jobs.not-upload-key</comment>
        <translation>'{key}' không phải khóa tải lên ({prefix}uploads/THING/STAMP.json)</translation>
    </message>
    <message>
        <source>release notes are {length} characters; at most {limit} fit in S3 metadata</source>
        <comment>jobs.notes-too-long</comment>
        <translation>ghi chú phát hành có {length} ký tự; siêu dữ liệu S3 chứa tối đa {limit}</translation>
    </message>
    <message>
        <source>s3://{bucket}/{key} exists but the station may not read it</source>
        <comment>jobs.object-denied</comment>
        <translation>s3://{bucket}/{key} tồn tại nhưng trạm không được đọc</translation>
    </message>
    <message>
        <source>give exactly one of an uploaded configuration's key or a catalog config version</source>
        <comment>jobs.one-config-source</comment>
        <translation>chỉ nêu đúng một: khóa của cấu hình đã tải lên hoặc phiên bản cấu hình trong danh mục</translation>
    </message>
    <message>
        <source>the device refused {what}</source>
        <comment>jobs.refused</comment>
        <translation>thiết bị từ chối {what}</translation>
    </message>
    <message>
        <source>the device refused {what}: {reason}</source>
        <comment>jobs.refused-because</comment>
        <translation>thiết bị từ chối {what}: {reason}</translation>
    </message>
    <message>
        <source>'{name}' is both a thing and a thing group</source>
        <comment>jobs.target-both</comment>
        <translation>'{name}' vừa là thing vừa là nhóm thing</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group ARN</source>
        <comment>jobs.target-not-arn</comment>
        <translation>'{name}' không phải ARN của thing hay nhóm thing</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group</source>
        <comment>jobs.target-not-found</comment>
        <translation>'{name}' không phải thing hay nhóm thing</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group this station may use (the profile's name prefixes and groups)</source>
        <comment>jobs.target-not-found-here</comment>
        <translation>'{name}' không phải thing hay nhóm thing mà trạm này được dùng (tiền tố tên và các nhóm trong hồ sơ)</translation>
    </message>
    <message>
        <source>cannot tell the model of thing '{thing}'</source>
        <comment>jobs.thing-model-unknown</comment>
        <translation>không xác định được mẫu của thing '{thing}'</translation>
    </message>
    <message>
        <source>the device did not finish {what} in time (the job's timeout ran out)</source>
        <comment>jobs.timed-out</comment>
        <translation>thiết bị không hoàn tất {what} kịp thời (hết thời gian của tác vụ)</translation>
    </message>
    <message>
        <source>unknown catalog kind '{kind}' (known: {known})</source>
        <comment>jobs.unknown-catalog-kind</comment>
        <translation>loại danh mục không rõ '{kind}' (đã biết: {known})</translation>
    </message>
    <message>
        <source>unknown release kind '{kind}' (known: {known})</source>
        <comment>jobs.unknown-release-kind</comment>
        <translation>loại phát hành không rõ '{kind}' (đã biết: {known})</translation>
    </message>
    <message>
        <source>unknown job status '{status}' (known: {known})</source>
        <comment>jobs.unknown-status</comment>
        <translation>trạng thái tác vụ không rõ '{status}' (đã biết: {known})</translation>
    </message>
    <message>
        <source>firmware {problem}</source>
        <comment>jobs.unordered-version</comment>
        <translation>firmware {problem}</translation>
    </message>
    <message>
        <source>letters, digits and . + _ -</source>
        <comment>jobs.version-chars</comment>
        <translation>chữ cái, chữ số và . + _ -</translation>
    </message>
    <message>
        <source>{kind} {model} {version} is already in the catalog</source>
        <comment>jobs.version-exists</comment>
        <translation>{kind} {model} {version} đã có trong danh mục</translation>
    </message>
    <message>
        <source>the label of {serial} is already waiting to be printed</source>
        <comment>labels.already-queued</comment>
        <translation>nhãn của {serial} đã đang chờ in</translation>
    </message>
    <message>
        <source>printer address '{printer}' is not tcp://host[:port] or serial:&lt;port&gt;[?baud=N]</source>
        <comment>labels.bad-address</comment>
        <translation>địa chỉ máy in '{printer}' không phải tcp://host[:port] hay serial:&lt;port&gt;[?baud=N]</translation>
    </message>
    <message>
        <source>printer head open</source>
        <comment>labels.head-open</comment>
        <translation>đầu máy in đang mở</translation>
    </message>
    <message>
        <source>the printer does not answer its status (paper out, head open or ribbon out)</source>
        <comment>labels.no-status</comment>
        <translation>máy in không trả lời trạng thái (hết giấy, mở đầu in hoặc hết ruy băng)</translation>
    </message>
    <message>
        <source>labels are not printed on this station (labels.enabled is off, or the station is not running)</source>
        <comment>labels.not-enabled</comment>
        <translation>trạm này không in nhãn (labels.enabled đang tắt, hoặc trạm không chạy)</translation>
    </message>
    <message>
        <source>printer {printer} is offline</source>
        <comment>labels.offline</comment>
        <translation>máy in {printer} đang ngoại tuyến</translation>
    </message>
    <message>
        <source>printer out of paper</source>
        <comment>labels.paper-out</comment>
        <translation>máy in hết giấy</translation>
    </message>
    <message>
        <source>printer paused</source>
        <comment>labels.paused</comment>
        <translation>máy in đang tạm dừng</translation>
    </message>
    <message>
        <source>printing the label failed: {error}</source>
        <comment>labels.print-error</comment>
        <translation>in nhãn thất bại: {error}</translation>
    </message>
    <message>
        <source>printer out of ribbon</source>
        <comment>labels.ribbon-out</comment>
        <translation>máy in hết ruy băng</translation>
    </message>
    <message>
        <source>printer {printer} stopped answering while the label was sent</source>
        <comment>labels.send-failed</comment>
        <translation>máy in {printer} ngừng phản hồi khi đang gửi nhãn</translation>
    </message>
    <message>
        <source>the label template cannot be filled: {problem}</source>
        <comment>labels.template-failed</comment>
        <translation>không điền được mẫu nhãn: {problem}</translation>
    </message>
    <message>
        <source>could not run {command}: {problem}</source>
        <comment>localcloud.cannot-run</comment>
        <translation>không chạy được {command}: {problem}</translation>
    </message>
    <message>
        <source>the local cloud exited early with code {code}; last log lines:
{tail}</source>
        <comment>localcloud.exited</comment>
        <translation>đám mây cục bộ thoát sớm với mã {code}; các dòng nhật ký cuối:
{tail}</translation>
    </message>
    <message>
        <source>could not fetch the device CA (HTTP {status}: {answer})</source>
        <comment>localcloud.no-ca</comment>
        <translation>không lấy được CA thiết bị (HTTP {status}: {answer})</translation>
    </message>
    <message>
        <source>ministack is not installed in {python}</source>
        <comment>localcloud.not-installed</comment>
        <translation>ministack chưa được cài trong {python}</translation>
    </message>
    <message>
        <source>the local cloud is not running</source>
        <comment>localcloud.not-running</comment>
        <translation>đám mây cục bộ không chạy</translation>
    </message>
    <message>
        <source>could not bind a loopback port twice in a row: {problem}</source>
        <comment>localcloud.ports-taken</comment>
        <translation>hai lần liên tiếp không giữ được cổng loopback: {problem}</translation>
    </message>
    <message>
        <source>the local cloud did not become healthy in time; last health check: {last}</source>
        <comment>localcloud.unhealthy</comment>
        <translation>đám mây cục bộ không sẵn sàng kịp; lần kiểm tra cuối: {last}</translation>
    </message>
    <message>
        <source>{role} locked after {wait} without input</source>
        <comment>lockout.idle-relocked</comment>
        <translation>{role} đã khóa sau {wait} không thao tác</translation>
    </message>
    <message>
        <source>too many wrong PINs: try again in {wait}</source>
        <comment>lockout.try-again</comment>
        <translation>sai PIN quá nhiều lần: thử lại sau {wait}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>lockout.wait-minutes</comment>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <comment>lockout.wait-minutes-seconds</comment>
        <translation>{minutes} phút {seconds} giây</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>lockout.wait-seconds</comment>
        <translation>{seconds} giây</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <comment>lockout.wrong-pin</comment>
        <translation>sai PIN</translation>
    </message>
    <message>
        <source>wrong PIN: locked for {wait}</source>
        <comment>lockout.wrong-pin-locked</comment>
        <translation>sai PIN: bị khóa trong {wait}</translation>
    </message>
    <message>
        <source>waiting for the board's first connect</source>
        <comment>note.factory-ca.first-connect</comment>
        <translation>đang chờ bo mạch kết nối lần đầu</translation>
    </message>
    <message>
        <source>answer to '{command}': {problem}</source>
        <comment>nrf91.bad-answer</comment>
        <translation>trả lời cho '{command}': {problem}</translation>
    </message>
    <message>
        <source>the thing name {name} has characters the modem's CSR subject cannot carry</source>
        <comment>nrf91.bad-cn</comment>
        <translation>tên thing {name} có ký tự mà subject CSR của modem không chứa được</translation>
    </message>
    <message>
        <source>modem identity field '{field}' is not acceptable: {value}</source>
        <comment>nrf91.bad-identity</comment>
        <translation>trường danh tính modem '{field}' không chấp nhận được: {value}</translation>
    </message>
    <message>
        <source>modem identity field 'imei' is not a valid IMEI: {value}</source>
        <comment>nrf91.bad-imei</comment>
        <translation>trường danh tính modem 'imei' không phải IMEI hợp lệ: {value}</translation>
    </message>
    <message>
        <source>the modem is still active (online), and it refuses credential changes while active</source>
        <comment>nrf91.cme.active</comment>
        <translation>modem vẫn đang hoạt động (trực tuyến) và từ chối thay đổi thông tin xác thực khi đang hoạt động</translation>
    </message>
    <message>
        <source>the modem does not support that functional mode</source>
        <comment>nrf91.cme.cfun-unsupported</comment>
        <translation>modem không hỗ trợ chế độ chức năng đó</translation>
    </message>
    <message>
        <source>a credential already exists at that security tag and type</source>
        <comment>nrf91.cme.cmng-exists</comment>
        <translation>đã có thông tin xác thực tại security tag và loại đó</translation>
    </message>
    <message>
        <source>the modem's credential memory is full</source>
        <comment>nrf91.cme.cmng-full</comment>
        <translation>bộ nhớ thông tin xác thực của modem đã đầy</translation>
    </message>
    <message>
        <source>the modem does not allow access to that security tag (reserved or protected)</source>
        <comment>nrf91.cme.cmng-no-access</comment>
        <translation>modem không cho truy cập security tag đó (dành riêng hoặc được bảo vệ)</translation>
    </message>
    <message>
        <source>the modem has no credential at that security tag and type</source>
        <comment>nrf91.cme.cmng-not-found</comment>
        <translation>modem không có thông tin xác thực tại security tag và loại đó</translation>
    </message>
    <message>
        <source>the modem rejected the credential command's parameters</source>
        <comment>nrf91.cme.cmng-parameters</comment>
        <translation>modem từ chối tham số của lệnh thông tin xác thực</translation>
    </message>
    <message>
        <source>the command is disabled in this modem firmware build</source>
        <comment>nrf91.cme.disabled</comment>
        <translation>lệnh bị tắt trong bản firmware modem này</translation>
    </message>
    <message>
        <source>the modem answered ERROR (it did not accept the command)</source>
        <comment>nrf91.cme.error</comment>
        <translation>modem trả lời ERROR (không chấp nhận lệnh)</translation>
    </message>
    <message>
        <source>the modem failed to generate a key pair</source>
        <comment>nrf91.cme.keygen-failed</comment>
        <translation>modem không tạo được cặp khóa</translation>
    </message>
    <message>
        <source>the modem's key memory is full</source>
        <comment>nrf91.cme.keygen-full</comment>
        <translation>bộ nhớ khóa của modem đã đầy</translation>
    </message>
    <message>
        <source>the modem does not allow a key in that security tag (reserved or protected)</source>
        <comment>nrf91.cme.keygen-no-access</comment>
        <translation>modem không cho phép khóa trong security tag đó (dành riêng hoặc được bảo vệ)</translation>
    </message>
    <message>
        <source>the modem could not find what key generation needs in that security tag</source>
        <comment>nrf91.cme.keygen-not-found</comment>
        <translation>modem không tìm thấy thứ cần cho việc tạo khóa trong security tag đó</translation>
    </message>
    <message>
        <source>the modem rejected the key generation parameters (sec_tag or the CSR's subject)</source>
        <comment>nrf91.cme.keygen-parameters</comment>
        <translation>modem từ chối tham số tạo khóa (sec_tag hoặc subject của CSR)</translation>
    </message>
    <message>
        <source>the modem rejected the command's parameters</source>
        <comment>nrf91.cme.parameters</comment>
        <translation>modem từ chối tham số của lệnh</translation>
    </message>
    <message>
        <source>the modem reports a power-off warning (supply voltage too low) and blocks writes to its memory</source>
        <comment>nrf91.cme.power-off-warning</comment>
        <translation>modem báo cảnh báo tắt nguồn (điện áp cấp quá thấp) và chặn ghi vào bộ nhớ</translation>
    </message>
    <message>
        <source>the modem refused {command} with error code {code}</source>
        <comment>nrf91.cme.unknown</comment>
        <translation>modem từ chối {command} với mã lỗi {code}</translation>
    </message>
    <message>
        <source>the modem firmware does not support this command</source>
        <comment>nrf91.cme.unsupported</comment>
        <translation>firmware modem không hỗ trợ lệnh này</translation>
    </message>
    <message>
        <source>%KEYGEN: the CSR is not valid DER</source>
        <comment>nrf91.csr-not-der</comment>
        <translation>%KEYGEN: CSR không phải DER hợp lệ</translation>
    </message>
    <message>
        <source>the modem lists {object} with sha256 {listed}, expected {expected}</source>
        <comment>nrf91.listed-sha256</comment>
        <translation>modem liệt kê {object} với sha256 {listed}, cần {expected}</translation>
    </message>
    <message>
        <source>no AT answer in AT host mode nor through a Zephyr shell's `at` command</source>
        <comment>nrf91.no-at</comment>
        <translation>không có trả lời AT ở chế độ AT host lẫn qua lệnh `at` của Zephyr shell</translation>
    </message>
    <message>
        <source>an nRF91 does not take a private key from the station: its key must be made by the modem (%KEYGEN), so the cloud-keys fallback is refused</source>
        <comment>nrf91.no-key-import</comment>
        <translation>nRF91 không nhận khóa riêng từ trạm: khóa phải do modem tạo (%KEYGEN), nên phương án dự phòng dùng khóa từ đám mây bị từ chối</translation>
    </message>
    <message>
        <source>the profile names a setting for the {object}, but the modem speaks raw AT (no Zephyr shell to write settings with)</source>
        <comment>nrf91.no-shell</comment>
        <translation>hồ sơ nêu một thiết lập cho {object}, nhưng modem chỉ dùng AT thô (không có Zephyr shell để ghi thiết lập)</translation>
    </message>
    <message>
        <source>the modem does not take data ('{command}')</source>
        <comment>nrf91.no-take</comment>
        <translation>modem không nhận dữ liệu ('{command}')</translation>
    </message>
    <message>
        <source>the modem does not list the {object} it accepted in sec_tag {sec_tag}</source>
        <comment>nrf91.not-listed</comment>
        <translation>modem không liệt kê {object} mà nó đã nhận trong sec_tag {sec_tag}</translation>
    </message>
    <message>
        <source>settings read {name}: expected one value line, got {count}</source>
        <comment>nrf91.setting-lines</comment>
        <translation>settings read {name}: cần một dòng giá trị, nhận được {count}</translation>
    </message>
    <message>
        <source>setting {name} reads back {got}, wrote {wrote}</source>
        <comment>nrf91.setting-reads</comment>
        <translation>thiết lập {name} đọc lại {got}, đã ghi {wrote}</translation>
    </message>
    <message>
        <source>the shell command failed</source>
        <comment>nrf91.shell-failed</comment>
        <translation>lệnh shell thất bại</translation>
    </message>
    <message>
        <source>the board's shell does not know the command ({answer})</source>
        <comment>nrf91.shell-unknown</comment>
        <translation>shell của bo mạch không biết lệnh này ({answer})</translation>
    </message>
    <message>
        <source>no complete answer to '{command}' in time (modem silent or answer damaged)</source>
        <comment>nrf91.silent</comment>
        <translation>không có trả lời đầy đủ cho '{command}' kịp thời (modem im lặng hoặc trả lời bị hỏng)</translation>
    </message>
    <message>
        <source>the modem stayed active (functional mode {mode}) after the station switched it offline (AT+CFUN=4); it refuses key generation and credential writes while active</source>
        <comment>nrf91.stayed-active</comment>
        <translation>modem vẫn hoạt động (chế độ chức năng {mode}) sau khi trạm chuyển nó sang ngoại tuyến (AT+CFUN=4); khi hoạt động nó từ chối tạo khóa và ghi thông tin xác thực</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <comment>object.ca</comment>
        <translation>chứng chỉ CA</translation>
    </message>
    <message>
        <source>device certificate</source>
        <comment>object.cert</comment>
        <translation>chứng chỉ thiết bị</translation>
    </message>
    <message>
        <source>claim certificate</source>
        <comment>object.claim-cert</comment>
        <translation>chứng chỉ claim</translation>
    </message>
    <message>
        <source>claim key</source>
        <comment>object.claim-key</comment>
        <translation>khóa claim</translation>
    </message>
    <message>
        <source>key and CSR</source>
        <comment>object.csr</comment>
        <translation>khóa và CSR</translation>
    </message>
    <message>
        <source>cloud address</source>
        <comment>object.endpoint</comment>
        <translation>địa chỉ đám mây</translation>
    </message>
    <message>
        <source>registration template</source>
        <comment>object.fleet</comment>
        <translation>mẫu đăng ký</translation>
    </message>
    <message>
        <source>private key</source>
        <comment>object.key</comment>
        <translation>khóa riêng</translation>
    </message>
    <message>
        <source>thing name</source>
        <comment>object.thing</comment>
        <translation>tên thing</translation>
    </message>
    <message>
        <source>serial {serial} is already provisioned (thing {thing}, certificate {certificate}) and the rework policy is 'refuse'</source>
        <comment>pipeline.already-provisioned</comment>
        <translation>số sê-ri {serial} đã được cấp phát (thing {thing}, chứng chỉ {certificate}) và chính sách làm lại là 'refuse'</translation>
    </message>
    <message>
        <source>the board's {field} {value} {problem}</source>
        <comment>pipeline.bad-identity</comment>
        <translation>{field} {value} của bo mạch {problem}</translation>
    </message>
    <message>
        <source>thing {thing} changed {attempts} times while this station tried to claim it</source>
        <comment>pipeline.claim-changing</comment>
        <translation>thing {thing} đã thay đổi {attempts} lần khi trạm này cố nhận nó</translation>
    </message>
    <message>
        <source>thing {thing} was deleted while this station was claiming it</source>
        <comment>pipeline.claim-deleted</comment>
        <translation>thing {thing} đã bị xóa khi trạm này đang nhận nó</translation>
    </message>
    <message>
        <source>the board refused to generate a key and CSR ({code}: {answer}) and the profile allows only on-board keys</source>
        <comment>pipeline.csr-refused</comment>
        <translation>bo mạch từ chối tạo khóa và CSR ({code}: {answer}) và hồ sơ chỉ cho phép khóa tạo trên bo mạch</translation>
    </message>
    <message>
        <source>thing {thing} already has an active certificate ({ids}) for a different key: another board with the same serial, or a reworked board</source>
        <comment>pipeline.foreign-certificate</comment>
        <translation>thing {thing} đã có chứng chỉ đang hoạt động ({ids}) cho khóa khác: một bo mạch khác cùng số sê-ri, hoặc bo mạch đã làm lại</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error}</source>
        <comment>pipeline.internal-error</comment>
        <translation>lỗi nội bộ: {kind}: {error}</translation>
    </message>
    <message>
        <source>the board's public key does not match its certificate</source>
        <comment>pipeline.key-mismatch</comment>
        <translation>khóa công khai của bo mạch không khớp với chứng chỉ của nó</translation>
    </message>
    <message>
        <source>thing {thing} already has an active certificate ({ids}); this board cannot report the key it holds, so the station cannot tell it is the same board, and the rework policy is '{policy}'</source>
        <comment>pipeline.keyless-certificate</comment>
        <translation>thing {thing} đã có chứng chỉ đang hoạt động ({ids}); bo mạch này không báo được khóa nó giữ, nên trạm không biết có phải cùng bo mạch không, và chính sách làm lại là '{policy}'</translation>
    </message>
    <message>
        <source>the {driver} driver's boards make their private key themselves and cannot take one from the station, but the profile asks for cloud-generated keys (certificates.mode = "cloud-keys")</source>
        <comment>pipeline.keys-on-board</comment>
        <translation>bo mạch của trình điều khiển {driver} tự tạo khóa riêng và không nhận khóa từ trạm, nhưng hồ sơ yêu cầu khóa tạo trên đám mây (certificates.mode = "cloud-keys")</translation>
    </message>
    <message>
        <source>the board cannot generate its own key (no 'csr' capability) and the profile allows only on-board keys</source>
        <comment>pipeline.no-csr</comment>
        <translation>bo mạch không tự tạo được khóa (không có khả năng 'csr') và hồ sơ chỉ cho phép khóa tạo trên bo mạch</translation>
    </message>
    <message>
        <source>no thing group rule matches model {model}, hardware {hw}</source>
        <comment>pipeline.no-group</comment>
        <translation>không có quy tắc nhóm thing nào khớp mẫu {model}, phần cứng {hw}</translation>
    </message>
    <message>
        <source>the board can neither generate a key nor accept one</source>
        <comment>pipeline.no-key-at-all</comment>
        <translation>bo mạch không tạo được khóa cũng không nhận được khóa</translation>
    </message>
    <message>
        <source>the certificate's public key is not the key the board made in this attempt</source>
        <comment>pipeline.not-csr-key</comment>
        <translation>khóa công khai của chứng chỉ không phải khóa bo mạch tạo trong lần thử này</translation>
    </message>
    <message>
        <source>station {station} started provisioning this serial {age} s ago: the same board (or two boards with one serial) is on two stations</source>
        <comment>pipeline.other-station</comment>
        <translation>trạm {station} đã bắt đầu cấp phát số sê-ri này {age} s trước: cùng một bo mạch (hoặc hai bo mạch chung số sê-ri) đang ở hai trạm</translation>
    </message>
    <message>
        <source>read-back of '{object}' does not match what was written</source>
        <comment>pipeline.readback-mismatch</comment>
        <translation>đọc lại '{object}' không khớp với dữ liệu đã ghi</translation>
    </message>
    <message>
        <source>serial {serial} is already being provisioned on {holder}: two boards report the same serial number</source>
        <comment>pipeline.serial-twice</comment>
        <translation>số sê-ri {serial} đang được cấp phát ở {holder}: hai bo mạch báo cùng một số sê-ri</translation>
    </message>
    <message>
        <source>the board stored '{object}' with a different hash</source>
        <comment>pipeline.stored-other-hash</comment>
        <translation>bo mạch lưu '{object}' với hàm băm khác</translation>
    </message>
    <message>
        <source>model '{model}' (serial {serial}) is not in the station profile</source>
        <comment>pipeline.unknown-model</comment>
        <translation>mẫu '{model}' (số sê-ri {serial}) không có trong hồ sơ trạm</translation>
    </message>
    <message>
        <source>profile key '{key}': {problem}</source>
        <comment>profile.key</comment>
        <translation>khóa hồ sơ '{key}': {problem}</translation>
    </message>
    <message>
        <source>profile key '{key}' in {path}: {problem}</source>
        <comment>profile.key-in</comment>
        <translation>khóa hồ sơ '{key}' trong {path}: {problem}</translation>
    </message>
    <message>
        <source>now: {object}</source>
        <comment>progress.now</comment>
        <translation>hiện tại: {object}</translation>
    </message>
    <message>
        <source>no configuration is released to {groups}</source>
        <comment>qa.no-config</comment>
        <translation>chưa có cấu hình nào được phát hành cho {groups}</translation>
    </message>
    <message>
        <source>no configuration is released to the unit (it is in no group)</source>
        <comment>qa.no-config-ungrouped</comment>
        <translation>chưa có cấu hình nào được phát hành cho thiết bị (nó không thuộc nhóm nào)</translation>
    </message>
    <message>
        <source>no thing named '{query}' and no thing with serial {query} in this cloud</source>
        <comment>qa.not-found</comment>
        <translation>trên đám mây này không có thing tên '{query}' và không có thing nào có số sê-ri {query}</translation>
    </message>
    <message>
        <source>nothing to look up</source>
        <comment>qa.nothing-to-look-up</comment>
        <translation>không có gì để tra cứu</translation>
    </message>
    <message>
        <source>serial {serial} belongs to several things: {things}</source>
        <comment>qa.several-things</comment>
        <translation>số sê-ri {serial} thuộc về nhiều thing: {things}</translation>
    </message>
    <message>
        <source>{operation} on {where} failed: {code}: {answer}</source>
        <comment>records.anchor-failed</comment>
        <translation>{operation} trên {where} thất bại: {code}: {answer}</translation>
    </message>
    <message>
        <source>no records database at {path}</source>
        <comment>records.no-database</comment>
        <translation>không có cơ sở dữ liệu hồ sơ tại {path}</translation>
    </message>
    <message>
        <source>{path} is not a usable records database: {error}</source>
        <comment>records.not-usable</comment>
        <translation>{path} không phải cơ sở dữ liệu hồ sơ dùng được: {error}</translation>
    </message>
    <message>
        <source>the records database could not be switched to WAL (journal mode is {mode})</source>
        <comment>records.not-wal</comment>
        <translation>không chuyển được cơ sở dữ liệu hồ sơ sang WAL (chế độ nhật ký là {mode})</translation>
    </message>
    <message>
        <source>records database {path} has schema version {found}, newer than this station knows (up to {known}): it was written by a newer station version</source>
        <comment>records.too-new</comment>
        <translation>cơ sở dữ liệu hồ sơ {path} có phiên bản lược đồ {found}, mới hơn trạm này biết (tới {known}): nó do phiên bản trạm mới hơn ghi</translation>
    </message>
    <message>
        <source>Allow {action} there: attach the station IAM policy rendered for this profile (resources/station-iam-policy.json) to the station's user or role.</source>
        <comment>remedy.allow-action</comment>
        <translation>Cho phép {action} ở đó: gắn chính sách IAM của trạm tạo cho hồ sơ này (resources/station-iam-policy.json) vào người dùng hoặc vai trò của trạm.</translation>
    </message>
    <message>
        <source>Allow iot:DescribeEndpoint to the station (station IAM policy).</source>
        <comment>remedy.allow-describe-endpoint</comment>
        <translation>Cho phép trạm dùng iot:DescribeEndpoint (chính sách IAM của trạm).</translation>
    </message>
    <message>
        <source>Check the records bucket and the station's IAM policy (station cloud policy).</source>
        <comment>remedy.anchor</comment>
        <translation>Kiểm tra bucket hồ sơ trên đám mây và chính sách IAM của trạm (station cloud policy).</translation>
    </message>
    <message>
        <source>Attach the station IAM policy for this profile (resources/station-iam-policy.json) to the station's user or role.</source>
        <comment>remedy.attach-iam-policy</comment>
        <translation>Gắn chính sách IAM của trạm cho hồ sơ này (resources/station-iam-policy.json) vào người dùng hoặc vai trò của trạm.</translation>
    </message>
    <message>
        <source>Check the value AWS names (board identity, profile naming or batch); if it came from the board, set the board aside for the line engineer.</source>
        <comment>remedy.aws-invalid</comment>
        <translation>Kiểm tra giá trị AWS nêu (danh tính bo mạch, cách đặt tên trong hồ sơ hoặc lô); nếu đến từ bo mạch, để riêng bo mạch cho kỹ sư chuyền.</translation>
    </message>
    <message>
        <source>The line engineer raises the limit in AWS Service Quotas or frees resources; then retry the unit.</source>
        <comment>remedy.aws-limit</comment>
        <translation>Kỹ sư chuyền nâng giới hạn trong AWS Service Quotas hoặc giải phóng tài nguyên; rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Retry the unit; if AWS refuses it again, set the board aside and give the line engineer this message and the log file.</source>
        <comment>remedy.aws-refused</comment>
        <translation>Thử lại thiết bị; nếu AWS lại từ chối, để riêng bo mạch và đưa kỹ sư chuyền thông báo này cùng tệp nhật ký.</translation>
    </message>
    <message>
        <source>Reseat the board's USB cable and retry; if it persists, try another port or cable.</source>
        <comment>remedy.board-link</comment>
        <translation>Cắm lại cáp USB của bo mạch rồi thử lại; nếu vẫn vậy, thử cổng hoặc cáp khác.</translation>
    </message>
    <message>
        <source>Check that the board is powered and running its factory firmware, then retry.</source>
        <comment>remedy.board-timeout</comment>
        <translation>Kiểm tra bo mạch có điện và đang chạy firmware xuất xưởng, rồi thử lại.</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap --profile &lt;the station profile&gt;' (it creates the thing types, groups and the device policy the profile names), checks with 'station cloud check', then retries the unit.</source>
        <comment>remedy.bootstrap</comment>
        <translation>Kỹ sư chuyền chạy 'station cloud bootstrap --profile &lt;the station profile&gt;' (tạo các loại thing, nhóm và chính sách thiết bị mà hồ sơ nêu), kiểm tra bằng 'station cloud check', rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Choose a unique name in the profile ([catalog] bucket), e.g. with your account id in it, and run bootstrap again.</source>
        <comment>remedy.bucket-taken</comment>
        <translation>Chọn một tên duy nhất trong hồ sơ ([catalog] bucket), ví dụ có mã tài khoản của bạn, rồi chạy lại bootstrap.</translation>
    </message>
    <message>
        <source>Check the line CA token and the [certificates.factory_ca] keys of the profile (see docs/factory-ca.md), then retry the unit.</source>
        <comment>remedy.ca</comment>
        <translation>Kiểm tra token CA của chuyền và các khóa [certificates.factory_ca] của hồ sơ (xem docs/factory-ca.md), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.ca_certificate to the line CA's certificate (PEM), the one made with the token's key (docs/factory-ca.md).</source>
        <comment>remedy.ca-cert</comment>
        <translation>Đặt certificates.factory_ca.ca_certificate thành chứng chỉ của CA của chuyền (PEM), chứng chỉ được tạo bằng khóa của token (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Write the new certificate to another file; a registered CA certificate is replaced only by CA rotation (docs/aws.md).</source>
        <comment>remedy.ca-cert-exists</comment>
        <translation>Ghi chứng chỉ mới vào tệp khác; chứng chỉ CA đã đăng ký chỉ được thay bằng cách xoay vòng CA (docs/aws.md).</translation>
    </message>
    <message>
        <source>Rotate the line CA (docs/aws.md, CA rotation) and point certificates.factory_ca.ca_certificate at the new CA's certificate.</source>
        <comment>remedy.ca-cert-expired</comment>
        <translation>Xoay vòng CA của chuyền (docs/aws.md, xoay vòng CA) và trỏ certificates.factory_ca.ca_certificate tới chứng chỉ của CA mới.</translation>
    </message>
    <message>
        <source>Run bootstrap again: it asks AWS for this account's registration code and signs a fresh verification certificate with the CA's key.</source>
        <comment>remedy.ca-code-refused</comment>
        <translation>Chạy lại bootstrap: nó hỏi AWS mã đăng ký của tài khoản này và ký một chứng chỉ xác minh mới bằng khóa của CA.</translation>
    </message>
    <message>
        <source>Generate a new CA key inside the token with CKA_EXTRACTABLE false and CKA_SENSITIVE true, and rotate the line CA to it (docs/factory-ca.md).</source>
        <comment>remedy.ca-key-exportable</comment>
        <translation>Tạo khóa CA mới bên trong token với CKA_EXTRACTABLE false và CKA_SENSITIVE true, rồi xoay vòng CA của chuyền sang khóa đó (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Point certificates.factory_ca.ca_certificate and key_label at the same line CA: the certificate made with this token's key.</source>
        <comment>remedy.ca-key-mismatch</comment>
        <translation>Trỏ certificates.factory_ca.ca_certificate và key_label tới cùng một CA của chuyền: chứng chỉ được tạo bằng khóa của token này.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.key_label to the CA key's label (CKA_LABEL), or generate the CA key in this token (docs/factory-ca.md).</source>
        <comment>remedy.ca-key-missing</comment>
        <translation>Đặt certificates.factory_ca.key_label thành nhãn của khóa CA (CKA_LABEL), hoặc tạo khóa CA trong token này (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Close the other line CA first: one station process uses one SoftHSM2 configuration at a time.</source>
        <comment>remedy.ca-module-busy</comment>
        <translation>Hãy đóng CA của chuyền kia trước: mỗi tiến trình của trạm chỉ dùng một cấu hình SoftHSM2 tại một thời điểm.</translation>
    </message>
    <message>
        <source>Install the token's PKCS#11 module (its vendor's driver, or the softhsm2 package) and set certificates.factory_ca.pkcs11_library to its path.</source>
        <comment>remedy.ca-module-missing</comment>
        <translation>Cài mô-đun PKCS#11 của token (trình điều khiển của nhà cung cấp, hoặc gói softhsm2) và đặt certificates.factory_ca.pkcs11_library thành đường dẫn của nó.</translation>
    </message>
    <message>
        <source>Set [certificates.factory_ca] ca_certificate in the profile to the line CA's PEM file (relative to the profile's folder).</source>
        <comment>remedy.ca-no-file</comment>
        <translation>Đặt [certificates.factory_ca] ca_certificate trong hồ sơ thành tệp PEM của CA của chuyền (tương đối với thư mục của hồ sơ).</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.pkcs11_library to the line CA token's PKCS#11 module, or install SoftHSM2 for a demo token.</source>
        <comment>remedy.ca-no-module</comment>
        <translation>Đặt certificates.factory_ca.pkcs11_library thành mô-đun PKCS#11 của token CA của chuyền, hoặc cài SoftHSM2 để có token demo.</translation>
    </message>
    <message>
        <source>Install SoftHSM2 (Debian/Ubuntu: apt install softhsm2; python3 run.py does it for the demo and tests).</source>
        <comment>remedy.ca-no-softhsm</comment>
        <translation>Cài SoftHSM2 (Debian/Ubuntu: apt install softhsm2; python3 run.py làm việc này cho bản demo và các bài kiểm thử).</translation>
    </message>
    <message>
        <source>Run 'station cloud bootstrap' with the factory-ca profile as the line engineer: it registers the CA.</source>
        <comment>remedy.ca-not-registered</comment>
        <translation>Chạy 'station cloud bootstrap' với hồ sơ factory-ca với vai trò kỹ sư chuyền: nó đăng ký CA.</translation>
    </message>
    <message>
        <source>Re-key those units with the new CA first (station rework), or pass --force if they are retired.</source>
        <comment>remedy.ca-old-still-used</comment>
        <translation>Trước hết cấp khóa và chứng chỉ mới từ CA mới cho các thiết bị đó (station rework trên trạm), hoặc dùng --force nếu chúng đã ngừng sử dụng.</translation>
    </message>
    <message>
        <source>The token's security officer must unlock it (or the line CA must be rotated to a new token); see docs/factory-ca.md.</source>
        <comment>remedy.ca-pin-locked</comment>
        <translation>Nhân viên bảo mật (SO) của token phải mở khóa nó (hoặc phải xoay vòng CA của chuyền sang token mới); xem docs/factory-ca.md.</translation>
    </message>
    <message>
        <source>Start the station with the token's PIN in the environment variable named by certificates.factory_ca.pin_env (never in the profile or a file).</source>
        <comment>remedy.ca-pin-unset</comment>
        <translation>Khởi động trạm với PIN của token trong biến môi trường mà certificates.factory_ca.pin_env nêu tên (không bao giờ trong hồ sơ hay trong tệp).</translation>
    </message>
    <message>
        <source>Set the right PIN in that variable before retrying: tokens lock themselves after a few wrong PINs.</source>
        <comment>remedy.ca-pin-wrong</comment>
        <translation>Đặt đúng PIN trong biến đó trước khi thử lại: token tự khóa sau vài lần sai PIN.</translation>
    </message>
    <message>
        <source>Make the CA certificate with the token vendor's tool, or store the key pair's public half in the token under the same label.</source>
        <comment>remedy.ca-public-key-missing</comment>
        <translation>Tạo chứng chỉ CA bằng công cụ của nhà cung cấp token, hoặc lưu nửa công khai của cặp khóa vào token dưới cùng nhãn.</translation>
    </message>
    <message>
        <source>Check the profile's [certificates.factory_ca] ca_certificate: it must be the CA certificate whose key is in the token (v3, CA:true, not expired).</source>
        <comment>remedy.ca-refused</comment>
        <translation>Kiểm tra [certificates.factory_ca] ca_certificate của hồ sơ: nó phải là chứng chỉ CA có khóa nằm trong token (v3, CA:true, chưa hết hạn).</translation>
    </message>
    <message>
        <source>Give --new-ca the new CA's certificate (its key in a new token).</source>
        <comment>remedy.ca-same</comment>
        <translation>Đưa cho --new-ca chứng chỉ của CA mới (khóa của nó nằm trong token mới).</translation>
    </message>
    <message>
        <source>Check that the line CA token is plugged in, then retry the unit; if it keeps failing, restart the station.</source>
        <comment>remedy.ca-sign-failed</comment>
        <translation>Kiểm tra token CA của chuyền đã được cắm, rồi thử lại thiết bị; nếu vẫn lỗi, khởi động lại trạm.</translation>
    </message>
    <message>
        <source>Check the board's identity (serial, model, hardware revision) and the profile's naming and [[groups]]; set the board aside if its identity is corrupt.</source>
        <comment>remedy.ca-subject</comment>
        <translation>Kiểm tra danh tính bo mạch (số sê-ri, mẫu, phiên bản phần cứng) và cách đặt tên cùng [[groups]] trong hồ sơ; để riêng bo mạch nếu danh tính của nó bị hỏng.</translation>
    </message>
    <message>
        <source>Use fewer models in the factory-ca profile (each adds a thing type mapping), or choose registration = "jitr".</source>
        <comment>remedy.ca-template-too-big</comment>
        <translation>Dùng ít mẫu hơn trong hồ sơ factory-ca (mỗi mẫu thêm một ánh xạ loại thing), hoặc chọn registration = "jitr".</translation>
    </message>
    <message>
        <source>Use that token (its PIN is the one it was made with), or make the new token in an empty folder.</source>
        <comment>remedy.ca-token-exists</comment>
        <translation>Dùng token đó (PIN của nó là PIN đã đặt khi tạo), hoặc tạo token mới trong một thư mục trống.</translation>
    </message>
    <message>
        <source>Plug in the line CA token, or set certificates.factory_ca.token_label to its label.</source>
        <comment>remedy.ca-token-missing</comment>
        <translation>Cắm token CA của chuyền, hoặc đặt certificates.factory_ca.token_label thành nhãn của nó.</translation>
    </message>
    <message>
        <source>Unplug the tokens that are not the line CA, or give the line CA token a label of its own.</source>
        <comment>remedy.ca-token-twice</comment>
        <translation>Rút các token không phải CA của chuyền, hoặc đặt cho token CA của chuyền một nhãn riêng.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.validity_days to a positive number of days.</source>
        <comment>remedy.ca-validity</comment>
        <translation>Đặt certificates.factory_ca.validity_days thành một số ngày dương.</translation>
    </message>
    <message>
        <source>Check [{section}] bucket/prefix in the profile and the station IAM policy (s3:ListBucket with the prefix).</source>
        <comment>remedy.check-bucket</comment>
        <translation>Kiểm tra [{section}] bucket/prefix trong hồ sơ và chính sách IAM của trạm (s3:ListBucket với tiền tố).</translation>
    </message>
    <message>
        <source>Boards verify the endpoint with the device CA: check [cloud] ca_file, and that no proxy intercepts TLS to the endpoint.</source>
        <comment>remedy.check-ca-file</comment>
        <translation>Bo mạch xác minh endpoint bằng CA thiết bị: kiểm tra [cloud] ca_file, và không có proxy nào chặn TLS tới endpoint.</translation>
    </message>
    <message>
        <source>Check the station PC's date, time and time zone. {renew}</source>
        <comment>remedy.check-clock</comment>
        <translation>Kiểm tra ngày, giờ và múi giờ của máy tính trạm. {renew}</translation>
    </message>
    <message>
        <source>Check the network, proxy and firewall.</source>
        <comment>remedy.check-network</comment>
        <translation>Kiểm tra mạng, proxy và tường lửa.</translation>
    </message>
    <message>
        <source>Check the PC's network, proxy (HTTPS_PROXY) and firewall: the station needs HTTPS to sts, iot, s3 and iam in {region}; then check again.</source>
        <comment>remedy.check-network-aws</comment>
        <translation>Kiểm tra mạng, proxy (HTTPS_PROXY) và tường lửa của máy tính: trạm cần HTTPS tới sts, iot, s3 và iam ở {region}; rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Check the region and the network.</source>
        <comment>remedy.check-region-network</comment>
        <translation>Kiểm tra vùng và mạng.</translation>
    </message>
    <message>
        <source>Check the station's network and AWS settings (region, endpoint), then retry the unit.</source>
        <comment>remedy.client-failed</comment>
        <translation>Kiểm tra mạng và thiết lập AWS của trạm (vùng, endpoint), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Check the station's network and AWS credentials, then retry the unit.</source>
        <comment>remedy.cloud</comment>
        <translation>Kiểm tra mạng và thông tin xác thực AWS của trạm, rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Retry the unit; the line engineer runs 'station reconcile' to retire any certificate AWS issued without the station knowing.</source>
        <comment>remedy.cloud-answer-lost</comment>
        <translation>Thử lại thiết bị; kỹ sư chuyền chạy 'station reconcile' để thu hồi mọi chứng chỉ AWS đã cấp mà trạm không biết.</translation>
    </message>
    <message>
        <source>Check the station's network; if AWS is throttling, lower station.parallel or ask for a higher account limit, then retry.</source>
        <comment>remedy.cloud-not-accepted</comment>
        <translation>Kiểm tra mạng của trạm; nếu AWS đang hạn chế, giảm station.parallel hoặc xin giới hạn tài khoản cao hơn, rồi thử lại.</translation>
    </message>
    <message>
        <source>Renew the station's AWS login (aws sso login, or set AWS_PROFILE / run aws configure), then retry the unit.</source>
        <comment>remedy.credentials</comment>
        <translation>Gia hạn đăng nhập AWS của trạm (aws sso login, hoặc đặt AWS_PROFILE / chạy aws configure), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Retry the unit; if the board keeps sending a bad CSR, its factory firmware is faulty.</source>
        <comment>remedy.csr</comment>
        <translation>Thử lại thiết bị; nếu bo mạch vẫn gửi CSR sai, firmware xuất xưởng của nó bị lỗi.</translation>
    </message>
    <message>
        <source>Set the board aside: its factory firmware signs CSRs with a broken hash; the firmware must sign with SHA-256 (or SHA-384/SHA-512).</source>
        <comment>remedy.csr-weak-hash</comment>
        <translation>Để riêng bo mạch: firmware xuất xưởng ký CSR bằng hàm băm không an toàn; firmware phải ký bằng SHA-256 (hoặc SHA-384/SHA-512).</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again, set it aside and call the line engineer.</source>
        <comment>remedy.default</comment>
        <translation>Thử lại thiết bị; nếu vẫn lỗi, để riêng ra và gọi kỹ sư chuyền.</translation>
    </message>
    <message>
        <source>Ask for between 1 and {max} boards.</source>
        <comment>remedy.demo-boards</comment>
        <translation>Yêu cầu từ 1 đến {max} bo mạch.</translation>
    </message>
    <message>
        <source>Boards 1 to {reference} are reference boards, the last {modems} nRF91 modems; give each the faults of its kind (docs/virtual-boards.md).</source>
        <comment>remedy.demo-fault-kind</comment>
        <translation>Bo mạch 1 đến {reference} là bo mạch tham chiếu, {modems} cái cuối là modem nRF91; gán cho mỗi cái lỗi đúng loại (docs/virtual-boards.md).</translation>
    </message>
    <message>
        <source>Ask for between 0 and {boards} nRF91 modems (they count among --boards).</source>
        <comment>remedy.demo-modems</comment>
        <translation>Yêu cầu từ 0 đến {boards} modem nRF91 (được tính trong --boards).</translation>
    </message>
    <message>
        <source>Number the boards from 1 to {boards}.</source>
        <comment>remedy.demo-number</comment>
        <translation>Đánh số bo mạch từ 1 đến {boards}.</translation>
    </message>
    <message>
        <source>{bootstrap} It enables them account-wide; AWS bills each event as a published message.</source>
        <comment>remedy.enable-events</comment>
        <translation>{bootstrap} Thao tác này bật chúng cho toàn tài khoản; AWS tính phí mỗi sự kiện như một tin nhắn đã xuất bản.</translation>
    </message>
    <message>
        <source>Boards that use MQTT on 443 need ALPN x-amzn-mqtt-ca passed untouched: ask the network team to exempt the IoT endpoint from TLS inspection, or open port 8883.</source>
        <comment>remedy.exempt-endpoint</comment>
        <translation>Bo mạch dùng MQTT qua 443 cần ALPN x-amzn-mqtt-ca đi qua nguyên vẹn: nhờ nhóm mạng miễn kiểm tra TLS cho endpoint IoT, hoặc mở cổng 8883.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; rework gives it a new key and certificate.</source>
        <comment>remedy.factory-ca.certificate-retired</comment>
        <translation>Để riêng bo mạch cho QA; làm lại sẽ cấp cho nó khóa và chứng chỉ mới.</translation>
    </message>
    <message>
        <source>Set the board aside for QA: check its serial label. A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.</source>
        <comment>remedy.factory-ca.duplicate</comment>
        <translation>Để riêng bo mạch cho QA: kiểm tra nhãn số sê-ri của nó. Bo mạch làm lại cần rework.policy = 'reprovision'. Chưa ký hay ghi gì.</translation>
    </message>
    <message>
        <source>Set the board aside for QA: two boards may share this serial, or it was provisioned before. A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.</source>
        <comment>remedy.factory-ca.duplicate-recorded</comment>
        <translation>Để riêng bo mạch cho QA: có thể hai bo mạch dùng chung số sê-ri này, hoặc nó đã được cấp phát trước đó. Bo mạch làm lại cần rework.policy = 'reprovision'. Chưa ký hay ghi gì.</translation>
    </message>
    <message>
        <source>Set the board aside, or flash the factory firmware that makes its key; nothing was signed or written.</source>
        <comment>remedy.factory-ca.no-csr</comment>
        <translation>Để riêng bo mạch, hoặc nạp firmware xuất xưởng có tạo khóa; chưa ký hay ghi gì.</translation>
    </message>
    <message>
        <source>The line engineer sets cloud.mqtt_endpoint in the profile (station cloud check shows it), or restarts the station once AWS answers.</source>
        <comment>remedy.factory-ca.no-endpoint</comment>
        <translation>Kỹ sư chuyền đặt cloud.mqtt_endpoint trong hồ sơ (kiểm tra đám mây station cloud check hiển thị giá trị này), hoặc khởi động lại trạm khi AWS trả lời.</translation>
    </message>
    <message>
        <source>Set the board aside; its factory firmware must report its hardware revision. Nothing was signed.</source>
        <comment>remedy.factory-ca.no-hw-revision</comment>
        <translation>Để riêng bo mạch; firmware xuất xưởng của nó phải báo phiên bản phần cứng. Chưa ký gì.</translation>
    </message>
    <message>
        <source>The line engineer starts the station with the line CA's token plugged in and its PIN in the environment variable the profile names (certificates.factory_ca.pin_env).</source>
        <comment>remedy.factory-ca.no-line-ca</comment>
        <translation>Kỹ sư chuyền khởi động trạm khi đã cắm token của CA của chuyền và đặt PIN của nó trong biến môi trường mà hồ sơ nêu tên (certificates.factory_ca.pin_env).</translation>
    </message>
    <message>
        <source>Fix [cloud] region in the station profile (e.g. eu-west-1).</source>
        <comment>remedy.fix-region</comment>
        <translation>Sửa [cloud] region trong hồ sơ trạm (ví dụ eu-west-1).</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap' with this fleet-claim profile (it creates the template), then retries the unit.</source>
        <comment>remedy.fleet-claim-no-template</comment>
        <translation>Kỹ sư chuyền chạy 'station cloud bootstrap' với hồ sơ fleet-claim này (nó tạo mẫu), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Check the station computer's clock (it must follow network time), then retry the unit.</source>
        <comment>remedy.fleet-claim-short-lived</comment>
        <translation>Kiểm tra đồng hồ của máy tính trạm (phải theo giờ mạng), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Restart the station; if it repeats, report it to the station's developers with the log file.</source>
        <comment>remedy.fleet-claim.no-claims</comment>
        <translation>Khởi động lại trạm; nếu lặp lại, báo cho nhà phát triển của trạm kèm tệp nhật ký.</translation>
    </message>
    <message>
        <source>The line engineer sets cloud.mqtt_endpoint in the profile, or restarts the station once AWS answers.</source>
        <comment>remedy.fleet-claim.no-endpoint</comment>
        <translation>Kỹ sư chuyền đặt cloud.mqtt_endpoint trong hồ sơ, hoặc khởi động lại trạm khi AWS trả lời.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set the board aside for the line engineer.</source>
        <comment>remedy.fleet-claim.not-registered</comment>
        <translation>Thử lại thiết bị; nếu lặp lại, để riêng bo mạch cho kỹ sư chuyền.</translation>
    </message>
    <message>
        <source>The line engineer uses certificates.mode = "csr" or "factory-ca" for this line; the board is fine. Nothing was written to it.</source>
        <comment>remedy.fleet-claim.not-supported</comment>
        <translation>Kỹ sư chuyền dùng certificates.mode = "csr" hoặc "factory-ca" cho chuyền này; bo mạch không sao. Chưa ghi gì vào nó.</translation>
    </message>
    <message>
        <source>Set the board aside for the line engineer: its firmware does not register with the parameters the station wrote.</source>
        <comment>remedy.fleet-claim.other-thing</comment>
        <translation>Để riêng bo mạch cho kỹ sư chuyền: firmware của nó không đăng ký bằng các tham số mà trạm đã ghi.</translation>
    </message>
    <message>
        <source>Check the board's network connection to AWS IoT, then retry the unit; the station writes a fresh claim.</source>
        <comment>remedy.fleet-claim.register-timeout</comment>
        <translation>Kiểm tra kết nối mạng của bo mạch tới AWS IoT, rồi thử lại thiết bị; trạm sẽ ghi một claim mới.</translation>
    </message>
    <message>
        <source>The line engineer adds a [[groups]] rule that matches this model to the profile (a rule with only a name matches every unit), runs 'station cloud bootstrap', then retries the unit.</source>
        <comment>remedy.fleet-no-group</comment>
        <translation>Kỹ sư chuyền thêm vào hồ sơ một quy tắc [[groups]] khớp với mẫu này (quy tắc chỉ có tên thì khớp mọi thiết bị), chạy 'station cloud bootstrap', rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Retry the unit; if AWS keeps failing, check the AWS Health Dashboard for AWS IoT in this region.</source>
        <comment>remedy.fleet-refused-aws</comment>
        <translation>Thử lại thiết bị; nếu AWS vẫn lỗi, xem AWS Health Dashboard cho AWS IoT ở vùng này.</translation>
    </message>
    <message>
        <source>Retry the unit: the station writes a fresh claim. If it is refused again, check the station computer's clock and the board's, and have the line engineer run 'station cloud bootstrap' (the claim policy).</source>
        <comment>remedy.fleet-refused-claim</comment>
        <translation>Thử lại thiết bị: trạm sẽ ghi một claim mới. Nếu lại bị từ chối, kiểm tra đồng hồ của máy tính trạm và của bo mạch, và nhờ kỹ sư chuyền chạy 'station cloud bootstrap' (chính sách claim).</translation>
    </message>
    <message>
        <source>Retry the unit once; if AWS refuses its CSR again, set the board aside for the line engineer (its firmware's key generation).</source>
        <comment>remedy.fleet-refused-csr</comment>
        <translation>Thử lại thiết bị một lần; nếu AWS lại từ chối CSR của nó, để riêng bo mạch cho kỹ sư chuyền (việc tạo khóa của firmware).</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it creates and enables the template), then retries the unit.</source>
        <comment>remedy.fleet-refused-no-template</comment>
        <translation>Bo mạch không sao. Kỹ sư chuyền chạy 'station cloud bootstrap' với hồ sơ này (nó tạo và bật mẫu), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it updates the template, thing types and groups), then retries the unit.</source>
        <comment>remedy.fleet-refused-parameters</comment>
        <translation>Bo mạch không sao. Kỹ sư chuyền chạy 'station cloud bootstrap' với hồ sơ này (nó cập nhật mẫu, các loại thing và nhóm), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it sets the fleet provisioning role's policy), then retries the unit.</source>
        <comment>remedy.fleet-refused-role</comment>
        <translation>Bo mạch không sao. Kỹ sư chuyền chạy 'station cloud bootstrap' với hồ sơ này (nó đặt chính sách của vai trò fleet provisioning), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Retry the unit later; if it keeps happening, lower the line's pace or ask AWS for a higher fleet provisioning quota.</source>
        <comment>remedy.fleet-refused-throttled</comment>
        <translation>Thử lại thiết bị sau; nếu vẫn xảy ra, giảm nhịp của chuyền hoặc xin AWS hạn mức fleet provisioning cao hơn.</translation>
    </message>
    <message>
        <source>Retry the unit: the board asks for a new certificate and registers at once.</source>
        <comment>remedy.fleet-refused-token</comment>
        <translation>Thử lại thiết bị: bo mạch xin chứng chỉ mới và đăng ký ngay.</translation>
    </message>
    <message>
        <source>Retry the unit once; if it is refused the same way again, set it aside and give the line engineer the code shown.</source>
        <comment>remedy.fleet-refused-unknown</comment>
        <translation>Thử lại thiết bị một lần; nếu lại bị từ chối theo cùng cách, để riêng nó và đưa kỹ sư chuyền mã đang hiển thị.</translation>
    </message>
    <message>
        <source>Give the station AWS credentials: set AWS_PROFILE (or [cloud] profile in the station profile) to a configured profile, or run 'aws configure' / 'aws sso login', then retry the unit.</source>
        <comment>remedy.give-credentials</comment>
        <translation>Cấp thông tin xác thực AWS cho trạm: đặt AWS_PROFILE (hoặc [cloud] profile trong hồ sơ trạm) thành một hồ sơ đã cấu hình, hoặc chạy 'aws configure' / 'aws sso login', rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>The line engineer grants {action} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-action</comment>
        <translation>Kỹ sư chuyền cấp {action} cho vai trò của trạm (chính sách resources/station-iam-policy.json tạo cho hồ sơ này), kiểm tra bằng 'station cloud check', rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>The line engineer grants {action} on {resource} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-action-on</comment>
        <translation>Kỹ sư chuyền cấp {action} trên {resource} cho vai trò của trạm (chính sách resources/station-iam-policy.json tạo cho hồ sơ này), kiểm tra bằng 'station cloud check', rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>The line engineer grants the permission for {operation} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-operation</comment>
        <translation>Kỹ sư chuyền cấp quyền cho {operation} cho vai trò của trạm (chính sách resources/station-iam-policy.json tạo cho hồ sơ này), kiểm tra bằng 'station cloud check', rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>The line engineer grants the permission for {operation} on {resource} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-operation-on</comment>
        <translation>Kỹ sư chuyền cấp quyền cho {operation} trên {resource} cho vai trò của trạm (chính sách resources/station-iam-policy.json tạo cho hồ sơ này), kiểm tra bằng 'station cloud check', rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Grant servicequotas:ListServiceQuotas and servicequotas:ListAWSDefaultServiceQuotas to see the account's own values.</source>
        <comment>remedy.grant-quotas</comment>
        <translation>Cấp servicequotas:ListServiceQuotas và servicequotas:ListAWSDefaultServiceQuotas để xem giá trị riêng của tài khoản.</translation>
    </message>
    <message>
        <source>Grant iam:SimulatePrincipalPolicy on {principal} to this identity, or provision one unit and look at its result.</source>
        <comment>remedy.grant-simulator</comment>
        <translation>Cấp iam:SimulatePrincipalPolicy trên {principal} cho danh tính này, hoặc cấp phát một thiết bị và xem kết quả.</translation>
    </message>
    <message>
        <source>Check the value it names (board identity or profile naming); if it came from the board, set the board aside for the line engineer.</source>
        <comment>remedy.invalid-before-sent</comment>
        <translation>Kiểm tra giá trị được nêu (danh tính bo mạch hoặc cách đặt tên trong hồ sơ); nếu đến từ bo mạch, để riêng bo mạch cho kỹ sư chuyền.</translation>
    </message>
    <message>
        <source>Check the model, version and file, then run the command again.</source>
        <comment>remedy.jobs.catalog</comment>
        <translation>Kiểm tra mẫu, phiên bản và tệp, rồi chạy lại lệnh.</translation>
    </message>
    <message>
        <source>Grant the station's role s3:GetObject on the catalog prefix and s3:ListBucket on the bucket for that prefix (resources/station-iam-policy.json), or run station cloud check.</source>
        <comment>remedy.jobs.catalog-denied</comment>
        <translation>Cấp cho vai trò của trạm s3:GetObject trên tiền tố danh mục và s3:ListBucket trên bucket cho tiền tố đó (chính sách resources/station-iam-policy.json), hoặc chạy station cloud check trên đám mây.</translation>
    </message>
    <message>
        <source>Fix the configuration file (see resources/config-schema.json) and upload it again.</source>
        <comment>remedy.jobs.config-invalid</comment>
        <translation>Sửa tệp cấu hình (xem resources/config-schema.json) rồi tải lên lại.</translation>
    </message>
    <message>
        <source>Check the job id, target and version, then run the command again.</source>
        <comment>remedy.jobs.default</comment>
        <translation>Kiểm tra mã tác vụ, đích và phiên bản, rồi chạy lại lệnh.</translation>
    </message>
    <message>
        <source>Check the --file path.</source>
        <comment>remedy.jobs.empty-image</comment>
        <translation>Kiểm tra đường dẫn --file.</translation>
    </message>
    <message>
        <source>Someone canceled the job; retry the unit once a release is current again.</source>
        <comment>remedy.jobs.ended</comment>
        <translation>Ai đó đã hủy tác vụ; thử lại thiết bị khi lại có bản phát hành hiện hành.</translation>
    </message>
    <message>
        <source>AWS never reuses a job id. Upload the same content under a new version (e.g. {version}-r2) and release that.</source>
        <comment>remedy.jobs.id-taken</comment>
        <translation>AWS không bao giờ dùng lại mã tác vụ. Tải cùng nội dung lên dưới phiên bản mới (ví dụ {version}-r2) rồi phát hành bản đó.</translation>
    </message>
    <message>
        <source>Create one job per model, or name the model explicitly (--model).</source>
        <comment>remedy.jobs.models-differ</comment>
        <translation>Tạo một tác vụ cho mỗi mẫu, hoặc nêu rõ mẫu (--model).</translation>
    </message>
    <message>
        <source>Name the model explicitly (--model).</source>
        <comment>remedy.jobs.name-the-model</comment>
        <translation>Nêu rõ mẫu (--model).</translation>
    </message>
    <message>
        <source>Run 'station cloud bootstrap' with this profile first.</source>
        <comment>remedy.jobs.no-catalog-bucket</comment>
        <translation>Chạy 'station cloud bootstrap' với hồ sơ này trước.</translation>
    </message>
    <message>
        <source>Add it to the profile's [[groups]] and run 'station cloud bootstrap'.</source>
        <comment>remedy.jobs.no-group</comment>
        <translation>Thêm nó vào [[groups]] của hồ sơ rồi chạy 'station cloud bootstrap'.</translation>
    </message>
    <message>
        <source>station job list shows the job ids.</source>
        <comment>remedy.jobs.no-job</comment>
        <translation>Lệnh của trạm station job list hiển thị các mã tác vụ.</translation>
    </message>
    <message>
        <source>Name at least one thing or thing group (--target).</source>
        <comment>remedy.jobs.no-target</comment>
        <translation>Nêu ít nhất một thing hoặc nhóm thing (--target).</translation>
    </message>
    <message>
        <source>Wait until the unit's config-upload job SUCCEEDED (station job show JOB_ID), then try again.</source>
        <comment>remedy.jobs.no-upload</comment>
        <translation>Chờ đến khi tác vụ config-upload của thiết bị SUCCEEDED (lệnh của trạm station job show JOB_ID), rồi thử lại.</translation>
    </message>
    <message>
        <source>The unit keeps its previous version. Retry it once; if it fails again set it aside and tell the line engineer (the image or config may be bad).</source>
        <comment>remedy.jobs.not-applied</comment>
        <translation>Thiết bị giữ phiên bản trước. Thử lại một lần; nếu vẫn lỗi, để riêng ra và báo kỹ sư chuyền (ảnh hoặc cấu hình có thể bị hỏng).</translation>
    </message>
    <message>
        <source>Upload it first: station catalog upload {kind} --model {model} --version {version} --file FILE</source>
        <comment>remedy.jobs.not-in-catalog</comment>
        <translation>Tải lên danh mục trước bằng lệnh của trạm: station catalog upload {kind} --model {model} --version {version} --file FILE</translation>
    </message>
    <message>
        <source>Check the unit's network (Wi-Fi/cellular/Ethernet) and that its firmware starts; then retry it.</source>
        <comment>remedy.jobs.not-online</comment>
        <translation>Kiểm tra mạng của thiết bị (Wi-Fi/di động/Ethernet) và firmware của nó có khởi động; rồi thử lại.</translation>
    </message>
    <message>
        <source>The device is slow or stuck; check its power and network and retry it.</source>
        <comment>remedy.jobs.not-ready</comment>
        <translation>Thiết bị chậm hoặc bị treo; kiểm tra nguồn và mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>Use the key 'station job config-upload' printed.</source>
        <comment>remedy.jobs.not-upload-key</comment>
        <translation>Dùng khóa mà 'station job config-upload' đã in ra.</translation>
    </message>
    <message>
        <source>Shorten the notes (link to the full release notes instead).</source>
        <comment>remedy.jobs.notes-too-long</comment>
        <translation>Rút gọn ghi chú (thay bằng liên kết tới ghi chú phát hành đầy đủ).</translation>
    </message>
    <message>
        <source>Grant the station's role s3:GetObject on the catalog prefix (resources/station-iam-policy.json), or run station cloud check.</source>
        <comment>remedy.jobs.object-denied</comment>
        <translation>Cấp cho vai trò của trạm s3:GetObject trên tiền tố danh mục (chính sách resources/station-iam-policy.json), hoặc chạy station cloud check trên đám mây.</translation>
    </message>
    <message>
        <source>Use --from-upload KEY or --version V.</source>
        <comment>remedy.jobs.one-config-source</comment>
        <translation>Dùng --from-upload KEY hoặc --version V.</translation>
    </message>
    <message>
        <source>This release does not fit the unit (wrong model, a downgrade without force, or a malformed job); the line engineer must check the release.</source>
        <comment>remedy.jobs.refused</comment>
        <translation>Bản phát hành này không hợp với thiết bị (sai mẫu, hạ cấp không bắt buộc, hoặc tác vụ sai định dạng); kỹ sư chuyền phải kiểm tra bản phát hành.</translation>
    </message>
    <message>
        <source>Say which: --target thing/{name} or --target group/{name}.</source>
        <comment>remedy.jobs.target-both</comment>
        <translation>Nói rõ cái nào: --target thing/{name} hoặc --target group/{name}.</translation>
    </message>
    <message>
        <source>Check the name (station job list shows jobs and their things).</source>
        <comment>remedy.jobs.target-not-found</comment>
        <translation>Kiểm tra tên (lệnh của trạm station job list hiển thị các tác vụ và thing của chúng).</translation>
    </message>
    <message>
        <source>Check the name (station job list shows jobs and their things); a unit or group of another line needs that line's station.</source>
        <comment>remedy.jobs.target-not-found-here</comment>
        <translation>Kiểm tra tên (lệnh của trạm station job list hiển thị các tác vụ và thing của chúng); thiết bị hoặc nhóm của chuyền khác cần trạm của chuyền đó.</translation>
    </message>
    <message>
        <source>Check the unit's power and network, then retry it.</source>
        <comment>remedy.jobs.timed-out</comment>
        <translation>Kiểm tra nguồn và mạng của thiết bị, rồi thử lại.</translation>
    </message>
    <message>
        <source>Use a version the profile's [catalog] versioning orders (semver by default; versioning = "pep440" for Python-style versions).</source>
        <comment>remedy.jobs.unordered-version</comment>
        <translation>Dùng phiên bản mà quy tắc phiên bản [catalog] của hồ sơ sắp xếp được (mặc định semver; versioning = "pep440" cho phiên bản kiểu Python).</translation>
    </message>
    <message>
        <source>Upload it under a new version number, or pass --replace if no unit can have received the old content yet.</source>
        <comment>remedy.jobs.version-exists</comment>
        <translation>Tải lên với số phiên bản mới, hoặc dùng --replace nếu chưa thiết bị nào có thể đã nhận nội dung cũ.</translation>
    </message>
    <message>
        <source>Wait for it: it prints as soon as the printer is ready.</source>
        <comment>remedy.label-wait</comment>
        <translation>Hãy chờ: sẽ in ngay khi máy in sẵn sàng.</translation>
    </message>
    <message>
        <source>Plug the board back in; the station resumes it from where it stopped.</source>
        <comment>remedy.link-lost</comment>
        <translation>Cắm lại bo mạch; trạm sẽ tiếp tục từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>Install the 'cloud' extra (pip install -e .[cloud]) and check the log it names.</source>
        <comment>remedy.local-cloud</comment>
        <translation>Cài phần bổ sung 'cloud' (pip install -e .[cloud]) và xem nhật ký được nêu.</translation>
    </message>
    <message>
        <source>Check that 'cryptography' is installed; see {log}.</source>
        <comment>remedy.local-cloud-ca</comment>
        <translation>Kiểm tra 'cryptography' đã được cài; xem {log}.</translation>
    </message>
    <message>
        <source>This ministack version defeats the station's guards or strict mode; install ministack==1.5.33 and policy_sentry (pip install -e .[cloud]).</source>
        <comment>remedy.local-cloud-hooks</comment>
        <translation>Phiên bản ministack này vô hiệu hóa các bảo vệ hoặc chế độ nghiêm ngặt của trạm; cài ministack==1.5.33 và policy_sentry (pip install -e .[cloud]).</translation>
    </message>
    <message>
        <source>pip install -e .[cloud]</source>
        <comment>remedy.local-cloud-install</comment>
        <translation>pip install -e .[cloud]</translation>
    </message>
    <message>
        <source>Check what else is listening on this machine; see {log}.</source>
        <comment>remedy.local-cloud-ports</comment>
        <translation>Kiểm tra còn gì khác đang lắng nghe trên máy này; xem {log}.</translation>
    </message>
    <message>
        <source>Start it first.</source>
        <comment>remedy.local-cloud-start</comment>
        <translation>Hãy khởi động nó trước.</translation>
    </message>
    <message>
        <source>See the log {log}; the machine may be overloaded.</source>
        <comment>remedy.local-cloud-unhealthy</comment>
        <translation>Xem nhật ký {log}; máy có thể đang quá tải.</translation>
    </message>
    <message>
        <source>Log in again: run `aws sso login --profile {profile}`, then check again.</source>
        <comment>remedy.login-sso</comment>
        <translation>Đăng nhập lại: chạy `aws sso login --profile {profile}`, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Log in again: run `aws sso login --profile {profile}` (AWS IAM Identity Center / SSO), or refresh the keys of profile '{profile}' with `aws configure --profile {profile}`; then check again.</source>
        <comment>remedy.login-sso-or-keys</comment>
        <translation>Đăng nhập lại: chạy `aws sso login --profile {profile}` (AWS IAM Identity Center / SSO), hoặc làm mới khóa của hồ sơ '{profile}' bằng `aws configure --profile {profile}`; rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Name the line's AWS profile: set [cloud] profile in the station profile or AWS_PROFILE, then run `aws sso login --profile NAME` (SSO) or `aws configure` (access keys); then check again.</source>
        <comment>remedy.name-aws-profile</comment>
        <translation>Chỉ định hồ sơ AWS của chuyền: đặt [cloud] profile trong hồ sơ trạm hoặc AWS_PROFILE, rồi chạy `aws sso login --profile NAME` (SSO) hoặc `aws configure` (khóa truy cập); rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Create it with `aws configure sso --profile {profile}` (or `aws configure --profile {profile}`), or fix [cloud] profile in the station profile.</source>
        <comment>remedy.no-aws-profile</comment>
        <translation>Tạo nó bằng `aws configure sso --profile {profile}` (hoặc `aws configure --profile {profile}`), hoặc sửa [cloud] profile trong hồ sơ trạm.</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap' with this profile (it creates the thing types), then retries the unit.</source>
        <comment>remedy.no-thing-type</comment>
        <translation>Kỹ sư chuyền chạy 'station cloud bootstrap' với hồ sơ này (tạo các loại thing), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Retry the unit: the station switches the modem offline first. If it repeats, the application firmware keeps turning the modem on; flash the factory image or hold the application, then retry.</source>
        <comment>remedy.nrf91.active</comment>
        <translation>Thử lại thiết bị: trạm sẽ chuyển modem sang ngoại tuyến trước. Nếu lặp lại, firmware ứng dụng cứ bật modem lên; hãy nạp ảnh xuất xưởng hoặc tạm dừng ứng dụng, rồi thử lại.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, check the cable and the baud rate.</source>
        <comment>remedy.nrf91.bad-answer</comment>
        <translation>Thử lại thiết bị; nếu lặp lại, kiểm tra cáp và tốc độ baud.</translation>
    </message>
    <message>
        <source>Change the profile's naming pattern: at most 64 letters, digits and : _ . @ - characters.</source>
        <comment>remedy.nrf91.bad-cn</comment>
        <translation>Đổi mẫu đặt tên trong hồ sơ: tối đa 64 chữ cái, chữ số và các ký tự : _ . @ -.</translation>
    </message>
    <message>
        <source>The modem firmware is too old for this station; update it (nRF Connect Programmer), then retry.</source>
        <comment>remedy.nrf91.cfun-unsupported</comment>
        <translation>Firmware modem quá cũ cho trạm này; hãy cập nhật (nRF Connect Programmer), rồi thử lại.</translation>
    </message>
    <message>
        <source>Retry the unit: the station deletes the old one and writes again.</source>
        <comment>remedy.nrf91.cmng-exists</comment>
        <translation>Thử lại thiết bị: trạm sẽ xóa cái cũ và ghi lại.</translation>
    </message>
    <message>
        <source>Delete unused credentials from the modem (e.g. with nrfcredstore 'delete'), or re-flash it; then retry the unit.</source>
        <comment>remedy.nrf91.cmng-full</comment>
        <translation>Xóa các thông tin xác thực không dùng khỏi modem (ví dụ bằng nrfcredstore 'delete'), hoặc nạp lại; rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Choose another sec_tag in the profile's [drivers.nrf91] table (the line engineer), then retry.</source>
        <comment>remedy.nrf91.cmng-no-access</comment>
        <translation>Chọn sec_tag khác trong bảng [drivers.nrf91] của hồ sơ (kỹ sư chuyền), rồi thử lại.</translation>
    </message>
    <message>
        <source>Retry the unit; the station writes it again.</source>
        <comment>remedy.nrf91.cmng-not-found</comment>
        <translation>Thử lại thiết bị; trạm sẽ ghi lại.</translation>
    </message>
    <message>
        <source>Check the profile's [drivers.nrf91] sec_tag (0-2147483647) and the certificate file; then retry.</source>
        <comment>remedy.nrf91.cmng-parameters</comment>
        <translation>Kiểm tra sec_tag trong [drivers.nrf91] của hồ sơ (0-2147483647) và tệp chứng chỉ; rồi thử lại.</translation>
    </message>
    <message>
        <source>Update the modem firmware, then retry.</source>
        <comment>remedy.nrf91.disabled</comment>
        <translation>Cập nhật firmware modem, rồi thử lại.</translation>
    </message>
    <message>
        <source>Check that the board runs modem firmware with AT access (at_client or the Zephyr AT shell) and retry; if it repeats, set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.error</comment>
        <translation>Kiểm tra bo mạch chạy firmware modem có truy cập AT (at_client hoặc Zephyr AT shell) rồi thử lại; nếu lặp lại, để riêng thiết bị và gọi kỹ sư chuyền kèm mã lỗi.</translation>
    </message>
    <message>
        <source>Retry the unit once; if it fails again, set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.keygen-failed</comment>
        <translation>Thử lại thiết bị một lần; nếu vẫn lỗi, để riêng thiết bị và gọi kỹ sư chuyền kèm mã lỗi.</translation>
    </message>
    <message>
        <source>Delete unused credentials from the modem, then retry.</source>
        <comment>remedy.nrf91.keygen-full</comment>
        <translation>Xóa các thông tin xác thực không dùng khỏi modem, rồi thử lại.</translation>
    </message>
    <message>
        <source>Choose another sec_tag in the profile's [drivers.nrf91] table, then retry.</source>
        <comment>remedy.nrf91.keygen-no-access</comment>
        <translation>Chọn sec_tag khác trong bảng [drivers.nrf91] của hồ sơ, rồi thử lại.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set it aside.</source>
        <comment>remedy.nrf91.keygen-not-found</comment>
        <translation>Thử lại thiết bị; nếu lặp lại, để riêng ra.</translation>
    </message>
    <message>
        <source>Check the profile's sec_tag and naming pattern (the thing name must be plain ASCII without quotes); then retry.</source>
        <comment>remedy.nrf91.keygen-parameters</comment>
        <translation>Kiểm tra sec_tag và mẫu đặt tên của hồ sơ (tên thing phải là ASCII thuần không có dấu nháy); rồi thử lại.</translation>
    </message>
    <message>
        <source>The modem may still be generating the key: wait a few seconds and retry the unit; if it repeats, raise serial.timeouts.keygen in the profile.</source>
        <comment>remedy.nrf91.keygen-timeout</comment>
        <translation>Modem có thể vẫn đang tạo khóa: chờ vài giây rồi thử lại thiết bị; nếu lặp lại, tăng serial.timeouts.keygen trong hồ sơ.</translation>
    </message>
    <message>
        <source>Check that the board runs nRF91 firmware with AT access (at_client, or CONFIG_AT_SHELL in the application) and that this is its modem port.</source>
        <comment>remedy.nrf91.no-at</comment>
        <translation>Kiểm tra bo mạch chạy firmware nRF91 có truy cập AT (at_client, hoặc CONFIG_AT_SHELL trong ứng dụng) và đây là cổng modem của nó.</translation>
    </message>
    <message>
        <source>Use certificates.mode = "csr" for nRF91 units; if KEYGEN fails, set the unit aside.</source>
        <comment>remedy.nrf91.no-key-import</comment>
        <translation>Dùng certificates.mode = "csr" cho thiết bị nRF91; nếu KEYGEN thất bại, để riêng thiết bị.</translation>
    </message>
    <message>
        <source>Clear endpoint_setting / thing_setting in [drivers.nrf91], or use application firmware with the Zephyr shell (mode = "shell").</source>
        <comment>remedy.nrf91.no-shell</comment>
        <translation>Xóa endpoint_setting / thing_setting trong [drivers.nrf91], hoặc dùng firmware ứng dụng có Zephyr shell (mode = "shell").</translation>
    </message>
    <message>
        <source>Check the unit's power supply or battery (charge it), then retry.</source>
        <comment>remedy.nrf91.power-off-warning</comment>
        <translation>Kiểm tra nguồn điện hoặc pin của thiết bị (sạc pin), rồi thử lại.</translation>
    </message>
    <message>
        <source>Set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.set-aside</comment>
        <translation>Để riêng thiết bị và gọi kỹ sư chuyền kèm mã lỗi.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set it aside and call the line engineer.</source>
        <comment>remedy.nrf91.shell-failed</comment>
        <translation>Thử lại thiết bị; nếu lặp lại, để riêng ra và gọi kỹ sư chuyền.</translation>
    </message>
    <message>
        <source>Flash application firmware with the AT shell and the settings shell enabled (docs/nrf91.md), or set [drivers.nrf91] mode / settings options to match it.</source>
        <comment>remedy.nrf91.shell-unknown</comment>
        <translation>Nạp firmware ứng dụng có bật AT shell và settings shell (docs/nrf91.md), hoặc đặt mode / tùy chọn settings trong [drivers.nrf91] cho khớp.</translation>
    </message>
    <message>
        <source>The application firmware keeps turning the modem on: flash the factory image, or hold the application (e.g. its shell's modem commands), then retry the unit.</source>
        <comment>remedy.nrf91.stayed-active</comment>
        <translation>Firmware ứng dụng cứ bật modem lên: hãy nạp ảnh xuất xưởng, hoặc tạm dừng ứng dụng (ví dụ bằng lệnh modem trong shell của nó), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, the modem's credential storage is faulty: set the unit aside.</source>
        <comment>remedy.nrf91.storage</comment>
        <translation>Thử lại thiết bị; nếu lặp lại, bộ lưu thông tin xác thực của modem bị hỏng: để riêng thiết bị.</translation>
    </message>
    <message>
        <source>Update the modem firmware (mfw 1.3 or newer) and retry.</source>
        <comment>remedy.nrf91.unsupported</comment>
        <translation>Cập nhật firmware modem (mfw 1.3 hoặc mới hơn) rồi thử lại.</translation>
    </message>
    <message>
        <source>The modem reports an identity the station cannot trust: set the unit aside and call the line engineer (wrong firmware, or not an nRF91).</source>
        <comment>remedy.nrf91.untrusted-identity</comment>
        <translation>Modem báo một danh tính mà trạm không thể tin: để riêng thiết bị và gọi kỹ sư chuyền (sai firmware, hoặc không phải nRF91).</translation>
    </message>
    <message>
        <source>Boards could not connect: open outbound TCP 8883 (MQTT over TLS) to the endpoint, or check [cloud] mqtt_endpoint.</source>
        <comment>remedy.open-8883</comment>
        <translation>Bo mạch không kết nối được: mở TCP 8883 chiều ra (MQTT qua TLS) tới endpoint, hoặc kiểm tra [cloud] mqtt_endpoint.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; rework needs rework.policy = 'reuse' or 'reprovision'. Nothing was changed.</source>
        <comment>remedy.pipeline.already-provisioned</comment>
        <translation>Để riêng bo mạch cho QA; làm lại cần rework.policy = 'reuse' hoặc 'reprovision'. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Set the board aside; its factory firmware must report the {field} without spaces or other such characters (the line engineer can fix the firmware or its settings).</source>
        <comment>remedy.pipeline.bad-identity</comment>
        <translation>Để riêng bo mạch; firmware xuất xưởng phải báo {field} không có dấu cách hay ký tự tương tự (kỹ sư chuyền có thể sửa firmware hoặc thiết lập).</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again, check that no other station or tool works on this serial.</source>
        <comment>remedy.pipeline.claim</comment>
        <translation>Thử lại thiết bị; nếu vẫn lỗi, kiểm tra không có trạm hay công cụ nào khác đang xử lý số sê-ri này.</translation>
    </message>
    <message>
        <source>Set the board aside (its firmware cannot make a key), or the line engineer enables certificates.mode = "csr-or-cloud-keys".</source>
        <comment>remedy.pipeline.csr-refused</comment>
        <translation>Để riêng bo mạch (firmware không tạo được khóa), hoặc kỹ sư chuyền bật certificates.mode = "csr-or-cloud-keys".</translation>
    </message>
    <message>
        <source>Check the serial label against the board; a reworked board needs the rework procedure (QA). Nothing new was created.</source>
        <comment>remedy.pipeline.foreign-certificate</comment>
        <translation>Đối chiếu nhãn số sê-ri với bo mạch; bo mạch làm lại cần quy trình làm lại (QA). Chưa tạo gì mới.</translation>
    </message>
    <message>
        <source>Report this to the station's developers with the log file; retry the unit.</source>
        <comment>remedy.pipeline.internal-error</comment>
        <translation>Báo lỗi này cho nhà phát triển trạm kèm tệp nhật ký; thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again set the board aside.</source>
        <comment>remedy.pipeline.key-mismatch</comment>
        <translation>Thử lại thiết bị; nếu vẫn lỗi, để riêng bo mạch.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; to provision it again the line engineer sets rework.policy = 'reprovision'. The new certificate was set INACTIVE.</source>
        <comment>remedy.pipeline.keyless-certificate</comment>
        <translation>Để riêng bo mạch cho QA; để cấp phát lại, kỹ sư chuyền đặt rework.policy = 'reprovision'. Chứng chỉ mới đã được đặt INACTIVE.</translation>
    </message>
    <message>
        <source>The line engineer sets certificates.mode = "csr" for this line; the board is fine. Nothing was created in the cloud.</source>
        <comment>remedy.pipeline.keys-on-board</comment>
        <translation>Kỹ sư chuyền đặt certificates.mode = "csr" cho chuyền này; bo mạch không sao. Chưa tạo gì trên đám mây.</translation>
    </message>
    <message>
        <source>Set the board aside, or the line engineer enables certificates.mode = "csr-or-cloud-keys".</source>
        <comment>remedy.pipeline.no-csr</comment>
        <translation>Để riêng bo mạch, hoặc kỹ sư chuyền bật certificates.mode = "csr-or-cloud-keys".</translation>
    </message>
    <message>
        <source>The line engineer adds a [[groups]] rule for this model to the profile.</source>
        <comment>remedy.pipeline.no-group</comment>
        <translation>Kỹ sư chuyền thêm quy tắc nhóm [[groups]] cho mẫu này vào hồ sơ.</translation>
    </message>
    <message>
        <source>Flash the factory firmware that supports key generation; set the board aside.</source>
        <comment>remedy.pipeline.no-key-at-all</comment>
        <translation>Nạp firmware xuất xưởng có hỗ trợ tạo khóa; để riêng bo mạch.</translation>
    </message>
    <message>
        <source>Retry the unit; the board makes a new key and gets a new certificate.</source>
        <comment>remedy.pipeline.not-csr-key</comment>
        <translation>Thử lại thiết bị; bo mạch sẽ tạo khóa mới và nhận chứng chỉ mới.</translation>
    </message>
    <message>
        <source>Provision it on one station only; if {station} stopped, retry after {ttl} s.</source>
        <comment>remedy.pipeline.other-station</comment>
        <translation>Chỉ cấp phát trên một trạm; nếu {station} đã dừng, thử lại sau {ttl} s.</translation>
    </message>
    <message>
        <source>Set both boards aside and have their serial numbers checked; nothing was created in the cloud for this one.</source>
        <comment>remedy.pipeline.serial-twice</comment>
        <translation>Để riêng cả hai bo mạch và cho kiểm tra số sê-ri; chưa tạo gì trên đám mây cho bo mạch này.</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again the board's storage is faulty.</source>
        <comment>remedy.pipeline.storage</comment>
        <translation>Thử lại thiết bị; nếu vẫn lỗi, bộ nhớ của bo mạch bị hỏng.</translation>
    </message>
    <message>
        <source>Check that this board belongs on this line; otherwise the line engineer adds the model to the profile.</source>
        <comment>remedy.pipeline.unknown-model</comment>
        <translation>Kiểm tra bo mạch này có thuộc chuyền này không; nếu không, kỹ sư chuyền thêm mẫu vào hồ sơ.</translation>
    </message>
    <message>
        <source>Check the printer (power, cable or network, paper, head); queued labels print by themselves once it is ready.</source>
        <comment>remedy.printer</comment>
        <translation>Kiểm tra máy in (nguồn, cáp hoặc mạng, giấy, đầu in); nhãn đang chờ sẽ tự in khi máy in sẵn sàng.</translation>
    </message>
    <message>
        <source>Fix labels.printer in the station profile (ask the line engineer).</source>
        <comment>remedy.printer-address</comment>
        <translation>Sửa labels.printer trong hồ sơ trạm (hỏi kỹ sư chuyền).</translation>
    </message>
    <message>
        <source>Fix the station profile (ask the line engineer) and start the station again.</source>
        <comment>remedy.profile</comment>
        <translation>Sửa hồ sơ trạm (hỏi kỹ sư chuyền) rồi khởi động lại trạm.</translation>
    </message>
    <message>
        <source>Flash the factory firmware the station profile expects, or change the driver.</source>
        <comment>remedy.protocol-mismatch</comment>
        <translation>Nạp firmware xuất xưởng mà hồ sơ trạm yêu cầu, hoặc đổi trình điều khiển.</translation>
    </message>
    <message>
        <source>Type the configuration version to send, or release one to the group first.</source>
        <comment>remedy.qa-no-config</comment>
        <translation>Nhập phiên bản cấu hình cần gửi, hoặc phát hành một bản cho nhóm trước.</translation>
    </message>
    <message>
        <source>Check the serial (scan the label again); a unit that never passed registration has no thing yet.</source>
        <comment>remedy.qa-not-found</comment>
        <translation>Kiểm tra số sê-ri (quét lại nhãn); thiết bị chưa từng đăng ký thành công thì chưa có thing.</translation>
    </message>
    <message>
        <source>Scan or type a serial number or a thing name.</source>
        <comment>remedy.qa-scan</comment>
        <translation>Quét hoặc nhập số sê-ri hoặc tên thing.</translation>
    </message>
    <message>
        <source>Look one of them up by its thing name.</source>
        <comment>remedy.qa-several</comment>
        <translation>Tra cứu một trong số đó theo tên thing.</translation>
    </message>
    <message>
        <source>Check --db; the station creates the file when it provisions its first unit.</source>
        <comment>remedy.records-db</comment>
        <translation>Kiểm tra --db; trạm tạo tệp khi cấp phát thiết bị đầu tiên.</translation>
    </message>
    <message>
        <source>Keep the records database on a local disk, not a network share.</source>
        <comment>remedy.records-local-disk</comment>
        <translation>Giữ cơ sở dữ liệu hồ sơ trên ổ đĩa cục bộ, không phải thư mục chia sẻ mạng.</translation>
    </message>
    <message>
        <source>Open it with the station version that wrote it, or point --db at another file; never edit the records database by hand.</source>
        <comment>remedy.records-schema</comment>
        <translation>Mở nó bằng phiên bản trạm đã ghi nó, hoặc trỏ --db tới tệp khác; không bao giờ sửa tay cơ sở dữ liệu hồ sơ.</translation>
    </message>
    <message>
        <source>Renew the station's AWS login: run 'aws sso login --profile {profile}' (or refresh the credentials of profile '{profile}' the way your company issues them), then retry the unit.</source>
        <comment>remedy.renew-profile</comment>
        <translation>Gia hạn đăng nhập AWS của trạm: chạy 'aws sso login --profile {profile}' (hoặc làm mới thông tin xác thực của hồ sơ '{profile}' theo cách công ty bạn cấp), rồi thử lại thiết bị.</translation>
    </message>
    <message>
        <source>Restart the station (the embedded cloud is not answering).</source>
        <comment>remedy.restart-embedded</comment>
        <translation>Khởi động lại trạm (đám mây tích hợp không phản hồi).</translation>
    </message>
    <message>
        <source>Check the station's network and AWS credentials, then revoke again; 'station records search SERIAL' lists the unit's certificates.</source>
        <comment>remedy.revoke</comment>
        <translation>Kiểm tra mạng và thông tin xác thực AWS của trạm, rồi thu hồi lại; 'station records search SERIAL' liệt kê các chứng chỉ của thiết bị.</translation>
    </message>
    <message>
        <source>While the line CA is INACTIVE no certificate it signed is provisioned. Before it is set ACTIVE again ('station cloud ca'), revoke this unit again in the same change, with auto-registration off until it is done.</source>
        <comment>remedy.revoke-ca-inactive</comment>
        <translation>Khi CA của chuyền đang INACTIVE, không chứng chỉ nào do nó ký được cấp phát. Trước khi đặt nó ACTIVE lại ('station cloud ca'), hãy thu hồi lại thiết bị này trong cùng lần thay đổi, với đăng ký tự động tắt cho đến khi xong.</translation>
    </message>
    <message>
        <source>No board it signed can connect yet. The line engineer runs 'station cloud bootstrap' with the factory-ca profile (it registers the line CA), then revoke again before any of these boards goes online.</source>
        <comment>remedy.revoke-ca-unknown</comment>
        <translation>Chưa bo mạch nào do nó ký kết nối được. Kỹ sư chuyền chạy 'station cloud bootstrap' với hồ sơ factory-ca (nó đăng ký CA của chuyền), rồi thu hồi lại trước khi bất kỳ bo mạch nào trong số này trực tuyến.</translation>
    </message>
    <message>
        <source>Run the command with the factory-ca profile whose [certificates.factory_ca] ca_certificate signed this unit, then revoke again.</source>
        <comment>remedy.revoke-no-ca</comment>
        <translation>Chạy lệnh với hồ sơ factory-ca có [certificates.factory_ca] ca_certificate đã ký thiết bị này, rồi thu hồi lại.</translation>
    </message>
    <message>
        <source>Give the unit's certificate (it is public: read it from the board, or from the station that signed it) with --certificate FILE, then revoke again.</source>
        <comment>remedy.revoke-no-pem</comment>
        <translation>Đưa chứng chỉ của thiết bị (nó công khai: đọc từ bo mạch, hoặc từ trạm đã ký nó) bằng --certificate FILE, rồi thu hồi lại.</translation>
    </message>
    <message>
        <source>Check the serial (scan the label again); 'station records search' shows what this station recorded. A unit provisioned by another station is revoked there, or by its thing's certificates once it has connected.</source>
        <comment>remedy.revoke-nothing</comment>
        <translation>Kiểm tra số sê-ri (quét lại nhãn); 'station records search' cho thấy những gì trạm này đã ghi. Thiết bị do trạm khác cấp phát được thu hồi ở trạm đó, hoặc qua các chứng chỉ của thing của nó khi nó đã kết nối.</translation>
    </message>
    <message>
        <source>Give this unit's own certificate (the first one of the chain the board holds), then revoke again.</source>
        <comment>remedy.revoke-other-pem</comment>
        <translation>Đưa chứng chỉ riêng của thiết bị này (chứng chỉ đầu tiên trong chuỗi mà bo mạch giữ), rồi thu hồi lại.</translation>
    </message>
    <message>
        <source>Run `station cloud bootstrap` as the line engineer (it creates what is missing).</source>
        <comment>remedy.run-bootstrap</comment>
        <translation>Chạy `station cloud bootstrap` với vai trò kỹ sư chuyền (tạo những gì còn thiếu).</translation>
    </message>
    <message>
        <source>Run `station cloud bootstrap --profile {profile}` as the line engineer (it creates what is missing).</source>
        <comment>remedy.run-bootstrap-with</comment>
        <translation>Chạy `station cloud bootstrap --profile {profile}` với vai trò kỹ sư chuyền (tạo những gì còn thiếu).</translation>
    </message>
    <message>
        <source>See the log {log}.</source>
        <comment>remedy.see-log</comment>
        <translation>Xem nhật ký {log}.</translation>
    </message>
    <message>
        <source>See the station log; run `station demo --boards 2 --plain` to watch the steps.</source>
        <comment>remedy.selftest</comment>
        <translation>Xem nhật ký của trạm; chạy `station demo --boards 2 --plain` để theo dõi các bước.</translation>
    </message>
    <message>
        <source>Set the PC's clock (enable time sync / NTP) and check again.</source>
        <comment>remedy.set-clock</comment>
        <translation>Chỉnh đồng hồ máy tính (bật đồng bộ thời gian / NTP) rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Set [cloud] region.</source>
        <comment>remedy.set-region</comment>
        <translation>Đặt [cloud] region.</translation>
    </message>
    <message>
        <source>Set [cloud] region in the profile.</source>
        <comment>remedy.set-region-in-profile</comment>
        <translation>Đặt [cloud] region trong hồ sơ.</translation>
    </message>
    <message>
        <source>Set the role's trust policy to allow the service iot.amazonaws.com sts:AssumeRole (`station cloud bootstrap` creates it so).</source>
        <comment>remedy.set-trust</comment>
        <translation>Đặt chính sách tin cậy của vai trò để cho phép dịch vụ iot.amazonaws.com sts:AssumeRole (`station cloud bootstrap` tạo như vậy).</translation>
    </message>
    <message>
        <source>Undeprecate it (`aws iot deprecate-thing-type --thing-type-name {thing_type} --undo-deprecate`) or name another thing type in the profile.</source>
        <comment>remedy.undeprecate</comment>
        <translation>Bỏ trạng thái ngừng dùng (`aws iot deprecate-thing-type --thing-type-name {thing_type} --undo-deprecate`) hoặc chỉ định loại thing khác trong hồ sơ.</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS, and AWS refuses to register it because its line CA is not ACTIVE ({answer})</source>
        <comment>revoke.ca-inactive</comment>
        <translation>chứng chỉ {certificate} chưa từng được AWS thấy, và AWS từ chối đăng ký nó vì CA của chuyền đã ký nó không ACTIVE ({answer})</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS, and its line CA is not registered with AWS IoT</source>
        <comment>revoke.ca-unknown</comment>
        <translation>chứng chỉ {certificate} chưa từng được AWS thấy, và CA của chuyền đã ký nó chưa được đăng ký với AWS IoT</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS and no known line CA certificate issued it, so it cannot be registered as revoked</source>
        <comment>revoke.no-ca</comment>
        <translation>chứng chỉ {certificate} chưa từng được AWS thấy và không do chứng chỉ CA của chuyền nào đã biết cấp, nên không thể đăng ký nó ở trạng thái bị thu hồi</translation>
    </message>
    <message>
        <source>certificate {certificate} of serial {serial} was never seen by AWS, and the records do not keep the certificate itself, which registering it as revoked needs</source>
        <comment>revoke.no-pem</comment>
        <translation>chứng chỉ {certificate} của số sê-ri {serial} chưa từng được AWS thấy, và hồ sơ ghi không lưu bản thân chứng chỉ, thứ cần để đăng ký nó ở trạng thái bị thu hồi</translation>
    </message>
    <message>
        <source>no certificate of serial {serial} in this station's records or in the cloud</source>
        <comment>revoke.nothing</comment>
        <translation>không có chứng chỉ nào của số sê-ri {serial} trong hồ sơ ghi của trạm này hay trên đám mây</translation>
    </message>
    <message>
        <source>the certificate given for {certificate} is another certificate (its id is {actual})</source>
        <comment>revoke.other-pem</comment>
        <translation>chứng chỉ được đưa cho {certificate} là một chứng chỉ khác (id của nó là {actual})</translation>
    </message>
    <message>
        <source>{step}: {cause}</source>
        <comment>selftest.failed-at</comment>
        <translation>{step}: {cause}</translation>
    </message>
    <message>
        <source>{ready} of {boards} boards reached ready ({failed} failed, {running} unfinished after {seconds} s)</source>
        <comment>selftest.not-ready</comment>
        <translation>{ready} trên {boards} bo mạch đã sẵn sàng ({failed} lỗi, {running} chưa xong sau {seconds} s)</translation>
    </message>
    <message>
        <source>{ready} of {boards} boards reached ready ({failed} failed, {running} unfinished after {seconds} s); first problem at {step}: {cause}</source>
        <comment>selftest.not-ready-at</comment>
        <translation>{ready} trên {boards} bo mạch đã sẵn sàng ({failed} lỗi, {running} chưa xong sau {seconds} s); lỗi đầu tiên ở {step}: {cause}</translation>
    </message>
    <message>
        <source>Linking certificate and group</source>
        <comment>state.attaching</comment>
        <translation>Đang liên kết chứng chỉ và nhóm</translation>
    </message>
    <message>
        <source>Plugged in, not started</source>
        <comment>state.connected</comment>
        <translation>Đã cắm, chưa chạy</translation>
    </message>
    <message>
        <source>Waiting for the device to come online</source>
        <comment>state.connecting</comment>
        <translation>Đang chờ thiết bị trực tuyến</translation>
    </message>
    <message>
        <source>Stopped with an error</source>
        <comment>state.failed</comment>
        <translation>Dừng do lỗi</translation>
    </message>
    <message>
        <source>Board is making its key</source>
        <comment>state.generating-key</comment>
        <translation>Bo mạch đang tạo khóa</translation>
    </message>
    <message>
        <source>Reading the board's identity</source>
        <comment>state.identifying</comment>
        <translation>Đang đọc danh tính bo mạch</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>state.passed</comment>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Registering in the cloud</source>
        <comment>state.registering</comment>
        <translation>Đang đăng ký trên đám mây</translation>
    </message>
    <message>
        <source>Board removed</source>
        <comment>state.removed</comment>
        <translation>Đã rút bo mạch</translation>
    </message>
    <message>
        <source>Signing the board's certificate</source>
        <comment>state.signing</comment>
        <translation>Đang ký chứng chỉ của bo mạch</translation>
    </message>
    <message>
        <source>Installing firmware and configuration</source>
        <comment>state.updating</comment>
        <translation>Đang cài firmware và cấu hình</translation>
    </message>
    <message>
        <source>Checking what the board stored</source>
        <comment>state.verifying</comment>
        <translation>Đang kiểm tra dữ liệu bo mạch đã lưu</translation>
    </message>
    <message>
        <source>Provisioned, waiting for the cloud</source>
        <comment>state.waiting-cloud</comment>
        <translation>Đã cấp phát, đang chờ đám mây</translation>
    </message>
    <message>
        <source>Writing the certificate to the board</source>
        <comment>state.writing</comment>
        <translation>Đang ghi chứng chỉ vào bo mạch</translation>
    </message>
    <message>
        <source>certificate and group</source>
        <comment>step.attaching</comment>
        <translation>chứng chỉ và nhóm</translation>
    </message>
    <message>
        <source>start</source>
        <comment>step.connected</comment>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <source>device online</source>
        <comment>step.connecting</comment>
        <translation>thiết bị trực tuyến</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step.failed</comment>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>key generation</source>
        <comment>step.generating-key</comment>
        <translation>tạo khóa</translation>
    </message>
    <message>
        <source>identify</source>
        <comment>step.identifying</comment>
        <translation>nhận dạng</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>step.passed</comment>
        <translation>đạt</translation>
    </message>
    <message>
        <source>cloud registration</source>
        <comment>step.registering</comment>
        <translation>đăng ký đám mây</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>step.removed</comment>
        <translation>đã rút</translation>
    </message>
    <message>
        <source>certificate signing</source>
        <comment>step.signing</comment>
        <translation>ký chứng chỉ</translation>
    </message>
    <message>
        <source>firmware and config update</source>
        <comment>step.updating</comment>
        <translation>cập nhật firmware và cấu hình</translation>
    </message>
    <message>
        <source>read-back check</source>
        <comment>step.verifying</comment>
        <translation>kiểm tra đọc lại</translation>
    </message>
    <message>
        <source>waiting for the cloud</source>
        <comment>step.waiting-cloud</comment>
        <translation>đang chờ đám mây</translation>
    </message>
    <message>
        <source>writing to the board</source>
        <comment>step.writing</comment>
        <translation>ghi vào bo mạch</translation>
    </message>
</context>
</TS>
