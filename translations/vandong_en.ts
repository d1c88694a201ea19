<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="+56"/>
        <source>Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào {log}.
Ứng dụng vẫn tiếp tục chạy.</source>
        <translation>An unexpected error occurred. The details were written to {log}.
The app keeps running.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../ui/awards_dialog.py" line="+36"/>
        <source>Đề nghị khen thưởng — {period}</source>
        <translation>Award proposals — {period}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa đạt 100% chỉ tiêu của đợt: {results}</source>
        <translation>Did not reach 100 % of the period target: {results}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không có chỉ tiêu</source>
        <translation>no target</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chỉ đề nghị xã/phường đạt từ 100% chỉ tiêu của đợt; số đề nghị không quá 10% số tập thể và 5% số cá nhân tham gia thi đua (làm tròn xuống).</source>
        <translation>Only communes at 100 % or more of the period target may be proposed; proposals are capped at 10 % of the collectives and 5 % of the individuals taking part in the emulation (rounded down).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tập thể (xã/phường đạt chỉ tiêu)</source>
        <translation>Collectives (communes that reached the target)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số tập thể tham gia thi đua</source>
        <translation>Collectives taking part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cá nhân (thành viên các nhóm vận động)</source>
        <translation>Individuals (members of the outreach groups)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số cá nhân tham gia thi đua</source>
        <translation>Individuals taking part</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lưu danh sách đề nghị…</source>
        <translation>Save the proposal list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã chọn {n}, tối đa {most} ({share}% của {base}).</source>
        <translation>{n} chosen, at most {most} ({share} % of {base}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lưu danh sách đề nghị khen thưởng</source>
        <translation>Save the award proposal list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de-nghi-khen-thuong-{period}.xlsx</source>
        <translation>award-proposals-{period}.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã lưu danh sách đề nghị khen thưởng ({collectives} tập thể, {individuals} cá nhân) vào {path}.</source>
        <translation>Saved the award proposal list ({collectives} collectives, {individuals} individuals) to {path}.</translation>
    </message>
</context>
<context>
    <name>BulkScheduleDialog</name>
    <message>
        <location filename="../ui/conference_dialogs.py" line="+384"/>
        <source>Lập lịch hội nghị hàng loạt</source>
        <translation>Schedule conferences in bulk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn tất cả</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ chọn</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hội nghị mỗi xã mỗi tháng</source>
        <translation>conferences per commune per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hội nghị mỗi xã trong cả kỳ</source>
        <translation>conferences per commune for the whole period</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{xã} được thay bằng tên xã.</source>
        <translation>{xã} is replaced by the commune&apos;s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ chức dịch vụ thu phụ trách từng xã</source>
        <translation>Each commune&apos;s collection agency</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loại hội nghị</source>
        <translation>Conference kind</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Các xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thời gian</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quy tắc</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Số người mời dự kiến</source>
        <translation>Expected invitees</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự kiến</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tạo</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Khoảng ngày vượt ra ngoài thời gian của kế hoạch ({start} – {end}).</source>
        <translation>The dates go beyond the plan&apos;s period ({start} – {end}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chọn loại hội nghị.</source>
        <translation>Choose the conference kind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn ít nhất một xã.</source>
        <translation>Tick at least one commune.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập ngày bắt đầu và ngày kết thúc, ví dụ 05/01/2026.</source>
        <translation>Enter the start and end dates, e.g. 05/01/2026.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.</source>
        <translation>The start date must be on or before the end date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập giờ, ví dụ 08:00 hoặc 8h.</source>
        <translation>Enter the time, e.g. 08:00 or 8h.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>{count} hội nghị sẽ được tạo. Có thể sửa ngày trước khi tạo.</source>
        <translation>
            <numerusform>{count} conference will be created. Its date can be changed before creating.</numerusform>
            <numerusform>{count} conferences will be created. Dates can be changed before creating.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../ui/calendar_view.py" line="+18"/>
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bấm để xem danh sách hội nghị của ngày này</source>
        <translation>Click to list this day&apos;s conferences</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>{short}: {kind}</source>
        <translation>{short}: {kind}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{kind} · {commune}</source>
        <translation>{kind} · {commune}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng trước</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng sau</source>
        <translation>Next month</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../ui/checkin.py" line="+300"/>
        <source>Sẵn sàng điểm danh</source>
        <translation>Ready for check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Quét mã trên giấy mời, hoặc gõ tên rồi chọn.</source>
        <translation>Scan the code on the invitation, or type a name and pick.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Điểm danh — {title}</source>
        <translation>Check-in — {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>có mặt / được mời</source>
        <translation>present / invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quét mã giấy mời hoặc gõ tên người được mời…</source>
        <translation>Scan the invitation code or type the invitee&apos;s name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người được mời khớp tên (↑↓ chọn, Enter điểm danh)</source>
        <translation>Invitees matching the name (↑↓ to pick, Enter to check in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vừa điểm danh</source>
        <translation>Just checked in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách không có giấy mời…</source>
        <translation>Guest without invitation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ điểm danh người đã chọn…</source>
        <translation>Undo the selected check-in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source> + {n} khách</source>
        <translation>
            <numerusform> + {n} walk-in</numerusform>
            <numerusform>+ {n} walk-ins</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Không điểm danh được</source>
        <translation>Check-in failed</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Huỷ điểm danh</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ điểm danh của {name}? Việc huỷ được ghi vào nhật ký.</source>
        <translation>Undo the check-in of {name}? The undo is logged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã huỷ điểm danh: {name}</source>
        <translation>Check-in undone: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="-137"/>
        <source>Có {n} người trùng tên</source>
        <translation>
            <numerusform>{n} person has this name</numerusform>
            <numerusform>{n} people have this name</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn người trong danh sách rồi bấm Enter.</source>
        <translation>Pick the person in the list and press Enter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã điểm danh: {name}</source>
        <translation>Checked in: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} đã điểm danh rồi</source>
        <translation>{name} is already checked in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lúc {time} — chỉ tính một lần.</source>
        <translation>At {time} — counted once only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giấy mời của hội nghị khác</source>
        <translation>Invitation for another conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không ghi gì. Mời người này đến đúng hội nghị.</source>
        <translation>Nothing recorded. Direct this person to the right conference.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không có giấy mời mã {code}</source>
        <translation>No invitation with code {code}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{person} (đã điểm danh {time})</source>
        <translation>{person} (checked in {time})</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Kiểm tra lại giấy mời, hoặc gõ tên để tìm.</source>
        <translation>Check the invitation again, or type the name to search.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã điểm danh khách: {name}</source>
        <translation>Guest checked in: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách không có giấy mời, đã thêm vào danh sách.</source>
        <translation>Guest without invitation, added to the list.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sinh năm {year}</source>
        <translation>born {year}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{time}  {name} (khách)</source>
        <translation>{time}  {name} (guest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time}  {name}</source>
        <translation>{time}  {name}</translation>
    </message>
</context>
<context>
    <name>CoIssuer</name>
    <message>
        <location filename="../ui/co_issuer_box.py" line="+26"/>
        <source>Đồng ban hành</source>
        <translation>Joint issuance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giấy mời đồng ban hành với cơ quan khác</source>
        <translation>Invitations issued jointly with another agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan này đứng trước trong giấy mời và ký bên phải; số giấy mời mang cả hai ký hiệu, ví dụ Số: 05/GM-UBND-BHXH.</source>
        <translation>This agency comes first on the invitation and signs on the right; the invitation number carries both symbols, e.g. Số: 05/GM-UBND-BHXH.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ví dụ: Ủy ban nhân dân xã Sơn Linh</source>
        <translation>E.g. Ủy ban nhân dân xã Sơn Linh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ví dụ: Đinh Văn Lâm</source>
        <translation>E.g. Đinh Văn Lâm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Để trống nếu không có</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: TM. ỦY BAN NHÂN DÂN</source>
        <translation>E.g. TM. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhiều dòng thì ngăn bằng “ / ”, ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH</source>
        <translation>Separate several lines with “ / ”, e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: CHỦ TỊCH</source>
        <translation>E.g. CHỦ TỊCH</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s full name</translation>
    </message>
</context>
<context>
    <name>CommuneDetail</name>
    <message>
        <location filename="../ui/commune_detail.py" line="+23"/>
        <source>Số liệu đến hết ngày {day}</source>
        <translation>Figures to the end of {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch giao</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trong tuần</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% chỉ tiêu</source>
        <translation>% of target</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Người tham gia mới theo tuần</source>
        <translation>New participants by week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuần từ ngày</source>
        <translation>Week from</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hội nghị trong tuần</source>
        <translation>Conferences this week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại hội nghị</source>
        <translation>Conference type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mở ở trang Đơn vị</source>
        <translation>Open on the Units page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <location filename="../ui/conference_dialogs.py" line="-466"/>
        <source>Sửa hội nghị</source>
        <translation>Edit conference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm hội nghị</source>
        <translation>Add conference</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— Chọn xã —</source>
        <translation>— Choose the commune —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ví dụ: Hội trường UBND xã Sơn Hà</source>
        <translation>e.g. Hội trường UBND xã Sơn Hà</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+92"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Ví dụ: UBND xã Sơn Hà</source>
        <translation>e.g. UBND xã Sơn Hà</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loại hội nghị</source>
        <translation>Conference kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số người mời dự kiến</source>
        <translation>Expected invitees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ trì</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>UBND {commune}</source>
        <translation>UBND {commune}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kế hoạch {plan} đồng ban hành giấy mời với {agency}; đánh dấu để chọn cơ quan khác cho hội nghị này.</source>
        <translation>Plan {plan} issues its invitations jointly with {agency}; tick to choose another agency for this conference.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chọn xã tổ chức hội nghị.</source>
        <translation>Choose the commune holding the conference.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hội nghị nhóm nhỏ cần chọn thôn.</source>
        <translation>A small-group session needs a village.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập ngày tổ chức, ví dụ 05/01/2026.</source>
        <translation>Enter the date of the conference, e.g. 05/01/2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số người mời dự kiến phải lớn hơn 0.</source>
        <translation>Expected invitees must be more than 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn loại hội nghị.</source>
        <translation>Choose the conference kind.</translation>
    </message>
</context>
<context>
    <name>ConferencePicker</name>
    <message>
        <location filename="../ui/invite_dialog.py" line="+40"/>
        <source>Chọn hội nghị</source>
        <translation>Choose a conference</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa có hội nghị nào. Hãy lên lịch ở trang Hội nghị.</source>
        <translation>No conferences yet. Schedule one on the Conferences page.</translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <location filename="../ui/conference_dialogs.py" line="-294"/>
        <source>KH</source>
        <translation>CO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ĐT</source>
        <translation>QA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NN</source>
        <translation>SG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RQ</source>
        <translation>LC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TH</source>
        <translation>TR</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../ui/pages/conferences.py" line="+237"/>
        <source>Tất cả các xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả các loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Khoảng ngày không hợp lệ: “từ ngày” sau “đến ngày”.</source>
        <translation>Invalid date range: “from” is after “to”.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ngày {date}</source>
        <translation>On {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>{count} hội nghị</source>
        <translation>
            <numerusform>{count} conference</numerusform>
            <numerusform>{count} conferences</numerusform>
        </translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Xoá hội nghị “{kind}” tại {commune} ngày {date}?</source>
        <translation>Delete the “{kind}” conference in {commune} on {date}?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Xoá {count} hội nghị đã chọn?</source>
        <translation>
            <numerusform>Delete the selected conference?</numerusform>
            <numerusform>Delete the {count} selected conferences?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá hội nghị</source>
        <translation>Delete conference</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Đã tạo {count} hội nghị.</source>
        <translation>
            <numerusform>{count} conference created.</numerusform>
            <numerusform>{count} conferences created.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="-488"/>
        <location line="+489"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="-492"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+490"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự kiến</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+484"/>
        <location line="+12"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location line="-187"/>
        <source>{count} hội nghị trong tháng</source>
        <translation>
            <numerusform>{count} conference this month</numerusform>
            <numerusform>{count} conferences this month</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Lưu danh sách ký tên</source>
        <translation>Save the sign-in sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>danh-sach-ky-ten.pdf</source>
        <translation>sign-in-sheet.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Đã lưu danh sách ký tên ({n} người, {pages} trang) vào {path}.</source>
        <translation>The sign-in sheet ({n} people, {pages} pages) was saved to {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu danh sách người đăng ký</source>
        <translation>Save the list of people who registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danh-sach-dang-ky.pdf</source>
        <translation>registered.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã lưu danh sách người đăng ký ({pages} trang) vào {path}.</source>
        <translation>The list of people who registered ({pages} pages) was saved to {path}.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm hội nghị</source>
        <translation>Add conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm hội nghị (Ctrl+N)</source>
        <translation>Add a conference (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa hội nghị đã chọn (Enter)</source>
        <translation>Edit the selected conference (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá hội nghị đã chọn (Delete)</source>
        <translation>Delete the selected conferences (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lập lịch…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lập lịch hàng loạt: nhiều hội nghị cho các xã theo một quy tắc</source>
        <translation>Bulk scheduling: many conferences for the communes by one rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đổi trạng thái các hội nghị đã chọn</source>
        <translation>Set the status of the selected conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã tổ chức</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoãn</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu các hội nghị đã chọn là đã tổ chức</source>
        <translation>Mark the selected conferences as held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu các hội nghị đã chọn là hoãn</source>
        <translation>Mark the selected conferences as postponed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu các hội nghị đã chọn là đã huỷ</source>
        <translation>Mark the selected conferences as cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mời…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mời người dự hội nghị đã chọn</source>
        <translation>Invite people to the selected conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm danh</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở màn hình điểm danh tại cửa cho hội nghị đã chọn</source>
        <translation>Open the door check-in screen for the selected conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả…</source>
        <translation>Outcomes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy mời…</source>
        <translation>Invitations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách ký tên…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách đại biểu ký tên tham dự, kèm theo giấy mời (PDF)</source>
        <translation>The list attendees sign, an appendix to the invitation (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách người đăng ký (PDF)…</source>
        <translation>People who registered (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách đăng ký (D05-TS, D03-TS)…</source>
        <translation>Registration lists (D05-TS, D03-TS)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi đăng ký tham gia hoặc cần vận động tiếp cho người đã dự</source>
        <translation>Record registrations or follow-ups for attendees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ lọc ngày</source>
        <translation>Clear day filter</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../ui/conflicts_dialog.py" line="+16"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xung đột đồng bộ</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ đơn vị</source>
        <translation>From office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khác nhau (bản giữ ← bản bỏ)</source>
        <translation>Differences (kept ← set aside)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã dùng bản bỏ</source>
        <translation>Set-aside version used</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bản ghi được sửa ở cả hai đơn vị giữa hai lần trao đổi: ứng dụng giữ bản sửa sau cùng. Nếu bản kia đúng hơn, chọn dòng rồi bấm “Dùng bản đã bỏ”; bản đó sẽ được gửi đi trong gói sau.</source>
        <translation>Records edited in both offices between two exchanges: the app kept the later edit. If the other version is the right one, select the row and press “Use the set-aside version”; it goes out in the next package.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Dùng bản đã bỏ</source>
        <translation>Use the set-aside version</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dùng bản đã bỏ cho bản ghi này ({differs})?</source>
        <translation>Use the set-aside version for this record ({differs})?</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ui/duplicates_dialog.py" line="+40"/>
        <source>Người có thể bị trùng</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CCCD</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SĐT</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Không gộp được những người đã chọn vào {name} (mã {id}):</source>
        <translation>Cannot merge the selected people into {name} (ID {id}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có ai để gộp vào {name} (mã {id}): những người còn lại có thể là người khác.</source>
        <translation>Nobody to merge into {name} (ID {id}): the others may be someone else.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Để gộp một người trong số họ, chọn người đó cùng người cần giữ (người cần giữ chọn sau cùng) rồi bấm “Gộp”.</source>
        <translation>To merge one of them, select that person together with the person to keep (the person to keep last), then click “Merge”.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Giữ lại {name} (mã {id}) và gộp {n} bản ghi khác vào đó? Việc gộp được ghi vào nhật ký.</source>
        <translation>
            <numerusform>Keep {name} (ID {id}) and merge {n} other record into it? The merge is logged.</numerusform>
            <numerusform>Keep {name} (ID {id}) and merge {n} other records into it? The merge is logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Không gộp {n} người sau vì có thể là người khác:</source>
        <translation>
            <numerusform>Not merging the following person, who may be someone else:</numerusform>
            <numerusform>Not merging the following {n} people, who may be someone else:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (mã {id}): đã được ghi là khác người mã {ids} (“Không trùng”).</source>
        <translation>{name} (ID {id}): recorded as not the same person as ID {ids} (“Not the same person”).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (mã {id}): có số CCCD khác người mã {ids}.</source>
        <translation>{name} (ID {id}): has a different citizen ID from ID {ids}.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Gộp các bản ghi khác vào người đã chọn</source>
        <translation>Merge the other records into the selected person</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+109"/>
        <source>Không trùng</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Chọn người cần giữ lại rồi bấm “Gộp”: những người khác trong nhóm có thể là người đó được gộp vào. Để chỉ gộp một số người, chọn họ cùng người cần giữ, người cần giữ chọn sau cùng. Lịch sử mời, dự hội nghị và đăng ký của những người được gộp được chuyển sang người được giữ. Nếu đây là những người khác nhau, bấm “Không trùng” (chọn từ hai người trở lên để chỉ ghi cho những người đó). Không có gì bị gộp tự động.</source>
        <translation>Select the person to keep, then click “Merge”: the others in the group who may be that person are merged into them. To merge only some people, select them together with the person to keep, selecting the person to keep last. The merged people&apos;s invitations, attendance and registrations move to the person kept. If these are different people, click “Not the same person” (select two or more people to record it for those only). Nothing is merged automatically.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ghi rằng đây là những người khác nhau: họ không còn được đưa ra là có thể trùng nhau.</source>
        <translation>Record that these are different people: they will no longer be offered as possible duplicates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoàn tác “Không trùng”</source>
        <translation>Undo “Not the same person”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{text} ({n})</source>
        <translation>{text} ({n})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{n} nhóm có thể trùng</source>
        <translation>
            <numerusform>{n} possible duplicate group</numerusform>
            <numerusform>{n} possible duplicate groups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không thấy người nào có thể bị trùng.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Gộp những người đã chọn vào mã {id}</source>
        <translation>Merge the selected people into ID {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Ghi {n} người này là những người khác nhau? Họ sẽ không còn được đưa ra là có thể trùng nhau. Việc này được ghi vào nhật ký.</source>
        <translation>
            <numerusform>Record this {n} person as a different person? They will no longer be offered as a possible duplicate. This is written to the log.</numerusform>
            <numerusform>Record these {n} people as different people? They will no longer be offered as possible duplicates of each other. This is written to the log.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+15"/>
        <source>Gộp bản ghi trùng</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+49"/>
        <source>Không gộp được</source>
        <translation>Merge failed</translation>
    </message>
</context>
<context>
    <name>FigureColumns</name>
    <message>
        <location filename="../ui/figure_columns_dialog.py" line="+19"/>
        <source>Chọn cột</source>
        <translation>Choose the columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp không có các cột Xã, Ngày, Chỉ tiêu, Số người như tệp mẫu. Chọn cột tương ứng trong tệp; ứng dụng nhớ cho những lần nhập sau.</source>
        <translation>The file does not have the template&apos;s columns Xã, Ngày, Chỉ tiêu, Số người. Choose the file&apos;s matching columns; the app remembers them for later imports.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chọn đủ bốn cột.</source>
        <translation>Choose all four columns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mỗi cột trong tệp chỉ chọn một lần.</source>
        <translation>Choose each column of the file only once.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/first_run.py" line="+30"/>
        <source>Khai báo đơn vị</source>
        <translation>Set up the office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chào mừng! Hãy khai báo đơn vị BHXH của bạn và các xã/phường đơn vị phụ trách. Các mục có dấu * là bắt buộc; có thể sửa hồ sơ đơn vị và thêm địa bàn sau.</source>
        <translation>Welcome! Enter your social-insurance office and the communes it covers. Fields marked * are required; the office profile and the units can be changed later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ví dụ: SH</source>
        <translation>e.g. SH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ví dụ: BHXH cơ sở Sơn Hà</source>
        <translation>e.g. BHXH cơ sở Sơn Hà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ví dụ: BHXH tỉnh Quảng Ngãi</source>
        <translation>e.g. BHXH tỉnh Quảng Ngãi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dùng trong dòng “…, ngày … tháng … năm …”</source>
        <translation>used in the dateline “…, ngày … tháng … năm …”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã đơn vị *</source>
        <translation>Office code *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đơn vị *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ví dụ: GIÁM ĐỐC</source>
        <translation>e.g. GIÁM ĐỐC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ví dụ: PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>họ và tên người ký</source>
        <translation>full name of the signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký văn bản mặc định</source>
        <translation>Default signer of documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— Chọn tỉnh/thành phố —</source>
        <translation>— Choose the province —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lọc xã/phường (gõ không dấu cũng được)…</source>
        <translation>Filter communes (tone marks optional)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn các xã đang hiện</source>
        <translation>Tick the communes shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉnh/thành phố và xã/phường phụ trách (danh mục 2025)</source>
        <translation>Province and communes covered (2025 list)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tỉnh/thành phố *</source>
        <translation>Province *</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tạo đơn vị</source>
        <translation>Create the office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nhập tên đơn vị.</source>
        <translation>Enter the office name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Chọn tỉnh/thành phố.</source>
        <translation>Choose the province.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Chọn ít nhất một xã/phường.</source>
        <translation>Tick at least one commune.</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Đã chọn {n} xã/phường</source>
        <translation>
            <numerusform>{n} commune chosen</numerusform>
            <numerusform>{n} communes chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupForms</name>
    <message>
        <location filename="../ui/group_dialogs.py" line="+41"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sửa nhóm</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm nhóm vận động</source>
        <translation>Add outreach group</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập tên nhóm.</source>
        <translation>Enter the group name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Bưu điện khu vực Sơn Hà - Sơn Tây</source>
        <translation>e.g. Bưu điện khu vực Sơn Hà - Sơn Tây</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại nhóm</source>
        <translation>Group kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên nhóm</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Sửa thành viên</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Nguyễn Thị Hoa</source>
        <translation>e.g. Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ví dụ: Phó Chủ tịch UBND xã</source>
        <translation>e.g. Phó Chủ tịch UBND xã</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mã do cơ quan BHXH cấp cho nhân viên thu</source>
        <translation>the code social insurance gave the collector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mã nhân viên thu</source>
        <translation>Collector code</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Địa bàn phụ trách</source>
        <translation>Units covered</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location line="-166"/>
        <source>Số điện thoại</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../ui/pages/groups.py" line="+226"/>
        <source>Chưa chọn nhóm</source>
        <translation>No group selected</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ĐT: {phone}</source>
        <translation>Tel: {phone}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Tổ tư vấn cần ít nhất {min} người; hiện có {count}.</source>
        <translation>
            <numerusform>An advisory team needs at least {min} member; it has {count}.</numerusform>
            <numerusform>An advisory team needs at least {min} members; it has {count}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Nhóm phụ trách {count}/{total} xã. Đánh dấu rồi bấm “Lưu địa bàn”.</source>
        <translation>
            <numerusform>The group covers {count} of {total} commune. Tick them, then click “Save area”.</numerusform>
            <numerusform>The group covers {count} of {total} communes. Tick them, then click “Save area”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Xoá nhóm</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xoá nhóm “{name}” cùng các thành viên?</source>
        <translation>Delete the group “{name}” and its members?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Xoá thành viên</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xoá “{name}” khỏi nhóm?</source>
        <translation>Remove “{name}” from the group?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhóm vận động</source>
        <translation>Outreach groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu địa bàn</source>
        <translation>Save units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn/bỏ tất cả</source>
        <translation>Tick/untick all</translation>
    </message>
    <message>
        <location line="-341"/>
        <location line="+342"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>Tên nhóm</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+334"/>
        <source>Địa bàn phụ trách</source>
        <translation>Units covered</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/people_import_wizard.py" line="+39"/>
        <source>Chọn tệp Excel</source>
        <translation>Choose the Excel file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách khách hàng tiềm năng do tỉnh gửi hoặc cộng tác viên lập (.xlsx, .xls, .ods).</source>
        <translation>A list of prospects sent by the province or made by collaborators (.xlsx, .xls, .ods).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dán đường dẫn tệp rồi bấm Enter, hoặc bấm “Chọn tệp…”</source>
        <translation>Paste the file&apos;s path and press Enter, or click “Choose file…”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(không có: dòng không ghi xã sẽ bị từ chối)</source>
        <translation>(none: rows without a commune are rejected)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+325"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã cho các dòng không ghi xã</source>
        <translation>Commune for rows without one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các lần nhập trước…</source>
        <translation>Earlier imports…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Các lần nhập danh sách</source>
        <translation>List imports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn danh sách</source>
        <translation>Choose the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Kiểm tra các cột</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cột trong tệp</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ví dụ</source>
        <translation>Example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập vào trường</source>
        <translation>Import into</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(bỏ qua)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chưa có cột nào là “Họ và tên”.</source>
        <translation>No column is “Full name” yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhiều cột cùng nhập vào: {fields}.</source>
        <translation>Several columns go into: {fields}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thử nhập (chưa ghi gì)</source>
        <translation>Trial import (nothing written yet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bấm “Nhập” để ghi vào danh sách. Cả lần nhập là một giao dịch và có thể hoàn tác.</source>
        <translation>Click “Import” to write to the list. The whole import is one transaction and can be undone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Các thôn chưa có trong địa bàn: chọn tạo thôn mới, hoặc thôn có sẵn đúng với tên viết sai.</source>
        <translation>Villages not in the area yet: create a new village, or pick the existing one a misspelt name means.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thôn trong tệp</source>
        <translation>Village in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xử lý</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trùng trong tệp</source>
        <translation>Repeated in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tạo thôn mới “{name}”</source>
        <translation>Create the new village “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Là thôn có sẵn: {name}</source>
        <translation>It is the existing village {name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kết quả nhập</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mở tệp các dòng bị từ chối</source>
        <translation>Open the file of rejected rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoàn tác lần nhập này</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tệp các dòng bị từ chối</source>
        <translation>Rejected rows file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không mở được tệp bằng chương trình bảng tính trên máy này. Tệp nằm ở:
{path}</source>
        <translation>No spreadsheet program on this computer opened the file. It is here:
{path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm mới</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Đọc được {rows} dòng người.
Sẽ thêm mới: {created} người
Sẽ bổ sung thông tin: {updated} người
Trùng (đã có, hoặc lặp lại trong tệp): {duplicates} dòng
Bị từ chối: {rejected} dòng
Có cảnh báo: {warnings} dòng</source>
        <translation>Rows of people read: {rows}.
To be added: {created}
To be filled in: {updated}
Duplicates (already there, or repeated in the file): {duplicates}
Rejected rows: {rejected}
Rows with a warning: {warnings}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã thêm mới: {created} người
Đã bổ sung thông tin: {updated} người
Trùng (đã có, hoặc lặp lại trong tệp), không ghi: {duplicates} dòng
Bị từ chối: {rejected} dòng
Có cảnh báo: {warnings} dòng
(tệp có {rows} dòng người)</source>
        <translation>People added: {created}
People filled in: {updated}
Duplicates (already there, or repeated in the file), not written: {duplicates}
Rejected rows: {rejected}
Rows with a warning: {warnings}
(the file has {rows} rows of people)</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+114"/>
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Tìm thấy dòng tiêu đề ở dòng {row} của trang “{sheet}”; có {n} dòng người bên dưới.</source>
        <translation>Header found on row {row} of sheet “{sheet}”; rows of people below it: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cách nhập các cột được nhớ từ lần nhập trước cùng mẫu.</source>
        <translation>The column mapping is remembered from an earlier import of the same layout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa cách nhập các cột nếu cần:</source>
        <translation>Correct the column mapping if needed:</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+14"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoàn tác lần nhập đã chọn</source>
        <translation>Undo the selected import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Các lần nhập trước:</source>
        <translation>Earlier imports:</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Đã hoàn tác</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Đã hoàn tác lần nhập này.</source>
        <translation>This import has been undone.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Các dòng bị từ chối được ghi vào tệp lỗi, kèm số dòng và lý do: sửa trong tệp đó rồi nhập lại.</source>
        <translation>Rejected rows are written to an error file with their row numbers and reasons: correct them there and import again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp lỗi: {path}</source>
        <translation>Errors file: {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nhập danh sách người từ Excel</source>
        <translation>Import people from Excel</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không nhập được</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xoá những người đã thêm trong lần nhập này?</source>
        <translation>Delete the people added by this import?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Không hoàn tác được</source>
        <translation>Undo failed</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../ui/invite_dialog.py" line="+27"/>
        <source>Mời dự hội nghị</source>
        <translation>Invite to a conference</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <location line="+10"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+47"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Chọn tất cả</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mời những người đã đánh dấu</source>
        <translation>Invite the ticked people</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mọi danh sách</source>
        <translation>All lists</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{file} (nhập ngày {date}, {n} người mới)</source>
        <translation>
            <numerusform>{file} (imported {date}, {n} new person)</numerusform>
            <numerusform>{file} (imported {date}, {n} new people)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tất cả các xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi nhóm đối tượng</source>
        <translation>Any target group</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mời tất cả những người này</source>
        <translation>Invite all these people</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách đã nhập</source>
        <translation>Imported list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mã giấy mời</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giao giấy mời</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giao qua</source>
        <translation>Delivered via</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rút giấy mời đã chọn…</source>
        <translation>Withdraw the selected invitations…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Từ tìm kiếm</source>
        <translation>By search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ danh sách lọc</source>
        <translation>By filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã mời</source>
        <translation>Invited</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Mời {n} người đã chọn ở trang Người tham gia</source>
        <translation>
            <numerusform>Invite the {n} person selected on the People page</numerusform>
            <numerusform>Invite the {n} people selected on the People page</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tất cả các thôn</source>
        <translation>All villages</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{n} người khớp bộ lọc</source>
        <translation>
            <numerusform>{n} person matches the filter</numerusform>
            <numerusform>{n} people match the filter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn một hội nghị trước.</source>
        <translation>Choose a conference first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa chọn ai để mời.</source>
        <translation>Nobody chosen to invite.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Đã mời {n} người. Người đã được mời trước đó được bỏ qua.</source>
        <translation>
            <numerusform>Invited {n} person. People already invited were skipped.</numerusform>
            <numerusform>Invited {n} people. People already invited were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>{n} người đã được mời</source>
        <translation>
            <numerusform>{n} person invited</numerusform>
            <numerusform>{n} people invited</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rút giấy mời</source>
        <translation>Withdraw invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rút giấy mời của {names}? Việc rút được ghi vào nhật ký.</source>
        <translation>Withdraw the invitations of {names}? The withdrawal is logged.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+148"/>
        <source>Chưa khai báo đơn vị</source>
        <translation>No office set up yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Trang “{page}” không mở được: {error}
Chi tiết đã được ghi vào nhật ký.</source>
        <translation>The page “{page}” could not be opened: {error}
The details were written to the log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trang “{page}” đang được xây dựng.</source>
        <translation>The page “{page}” is being built.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../ui/operations/base.py" line="+156"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Không thực hiện được</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../ui/operations/attendance.py" line="+15"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>Đang điểm danh…</source>
        <translation>Checking in…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Đang huỷ điểm danh…</source>
        <translation>Undoing the check-in…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đang lưu kết quả…</source>
        <translation>Saving the outcome…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang xuất danh sách…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <location filename="../ui/operations/conferences.py" line="+11"/>
        <source>Đang lưu hội nghị…</source>
        <translation>Saving the conference…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang tạo hội nghị…</source>
        <translation>Creating conferences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang cập nhật…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang xoá hội nghị…</source>
        <translation>Deleting conferences…</translation>
    </message>
    <message>
        <location filename="../ui/operations/groups.py" line="+11"/>
        <source>Đang lưu nhóm…</source>
        <translation>Saving the group…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location filename="../ui/operations/people.py" line="+17"/>
        <location filename="../ui/operations/plans.py" line="+16"/>
        <location line="+10"/>
        <location filename="../ui/operations/units.py" line="+37"/>
        <source>Đang xoá…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Đang lưu thành viên…</source>
        <translation>Saving the member…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/operations/invitations.py" line="+16"/>
        <location filename="../ui/operations/keys.py" line="+15"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+42"/>
        <location filename="../ui/operations/people.py" line="-8"/>
        <location line="+4"/>
        <location line="+13"/>
        <location filename="../ui/operations/plans.py" line="-4"/>
        <location filename="../ui/operations/reports.py" line="+47"/>
        <location line="+43"/>
        <location filename="../ui/operations/settings.py" line="+9"/>
        <location filename="../ui/operations/units.py" line="-23"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/operations/invitations.py" line="-5"/>
        <source>Đang tạo giấy mời…</source>
        <translation>Creating invitations…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang rút giấy mời…</source>
        <translation>Withdrawing the invitation…</translation>
    </message>
    <message>
        <location filename="../ui/operations/people.py" line="-5"/>
        <source>Đang gộp…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang thử nhập…</source>
        <translation>Trying the import…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang nhập danh sách…</source>
        <translation>Importing the list…</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+22"/>
        <source>Đang hoàn tác…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <location filename="../ui/operations/plans.py" line="-10"/>
        <source>Đang lưu kế hoạch…</source>
        <translation>Saving the plan…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đang lưu chỉ tiêu…</source>
        <translation>Saving the targets…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang xuất bảng chỉ tiêu…</source>
        <translation>Exporting the targets…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang đọc bảng…</source>
        <translation>Reading the table…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang kiểm tra bảng…</source>
        <translation>Checking the table…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang nhập chỉ tiêu…</source>
        <translation>Importing the targets…</translation>
    </message>
    <message>
        <location filename="../ui/operations/units.py" line="-4"/>
        <source>Đang tạo đơn vị…</source>
        <translation>Creating the office…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đang thêm thôn/tổ…</source>
        <translation>Adding the village…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang thêm xã…</source>
        <translation>Adding the commune…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang thêm địa bàn…</source>
        <translation>Adding the unit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang đổi tên…</source>
        <translation>Renaming…</translation>
    </message>
    <message>
        <location filename="../ui/operations/documents.py" line="+15"/>
        <location line="+19"/>
        <source>Đang dựng bản xem trước…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Đang in giấy mời…</source>
        <translation>Printing the invitations…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đang in danh sách ký tên…</source>
        <translation>Printing the sign-in sheet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Đang lập danh sách…</source>
        <translation>Preparing the list…</translation>
    </message>
    <message>
        <location filename="../ui/operations/settings.py" line="+8"/>
        <source>Đang lưu mẫu giấy mời…</source>
        <translation>Saving the invitation template…</translation>
    </message>
    <message>
        <location filename="../ui/operations/reports.py" line="-67"/>
        <source>Đang lập báo cáo tuần…</source>
        <translation>Writing the weekly report…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang lưu số liệu…</source>
        <translation>Saving the figures…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đang nhập số liệu…</source>
        <translation>Importing the figures…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đang lập báo cáo đợt…</source>
        <translation>Making the period report…</translation>
    </message>
    <message>
        <location filename="../ui/operations/keys.py" line="-35"/>
        <source>Đang ghi gói dữ liệu…</source>
        <translation>Writing the package…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang nhập gói dữ liệu…</source>
        <translation>Importing the package…</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../ui/outcome_dialog.py" line="+34"/>
        <source>Kết quả hội nghị — {name}</source>
        <translation>Conference outcomes — {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đăng ký tại hội nghị</source>
        <translation>Registered at the conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần vận động tiếp</source>
        <translation>Needs a follow-up</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+130"/>
        <source>BHXH tự nguyện</source>
        <translation>Voluntary social insurance</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+129"/>
        <source>BHYT hộ gia đình</source>
        <translation>Household health insurance</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+14"/>
        <source>{n} tháng một lần</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every {n} months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Một lần cho {n} năm</source>
        <translation>
            <numerusform>Once for {n} year</numerusform>
            <numerusform>Once for {n} years</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa rõ (tính là đối tượng khác)</source>
        <translation>Not known (counted as other)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa rõ</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tháng/năm, ví dụ 01/2026 (mặc định: tháng hội nghị)</source>
        <translation>month/year, e.g. 01/2026 (default: the conference&apos;s month)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa có nhân viên thu nào: thêm ở trang Nhóm vận động.</source>
        <translation>No collectors yet: add them on the Outreach groups page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu kết quả</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mức thu nhập tháng</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phương thức đóng</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diện hỗ trợ</source>
        <translation>Support category</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Người thứ mấy trong hộ</source>
        <translation>Member of the household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phương thức đóng BHYT</source>
        <translation>Health insurance period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đóng từ tháng</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Người thu phụ trách</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kết quả của người đã chọn</source>
        <translation>Outcome for the selected person</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Được mời: {invited}   Có mặt: {attended}   Đăng ký: {registered}   Cần vận động tiếp: {follow_up}</source>
        <translation>Invited: {invited}   Present: {attended}   Registered: {registered}   Follow-up: {follow_up}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã đăng ký: {schemes}</source>
        <translation>Registered: {schemes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cần vận động tiếp: {who}</source>
        <translation>Follow-up: {who}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Chọn một người trong danh sách.</source>
        <translation>Select a person in the list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn BHXH tự nguyện, BHYT hộ gia đình, hoặc cả hai.</source>
        <translation>Tick voluntary social insurance, household health insurance, or both.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn người thu sẽ đến vận động tiếp.</source>
        <translation>Choose the collector who will follow up.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../ui/pages/overview.py" line="+50"/>
        <source>BHXH tự nguyện</source>
        <translation>Voluntary SI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BHYT hộ gia đình</source>
        <translation>Household HI</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại hội nghị</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Người thu</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(chưa giao)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location line="+73"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mã đơn vị: {code}</source>
        <translation>Office code: {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa khai báo đơn vị.</source>
        <translation>No office set up yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xã/phường phụ trách</source>
        <translation>communes covered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thôn/tổ dân phố</source>
        <translation>villages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kế hoạch</source>
        <translation>plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hội nghị trong tháng này</source>
        <translation>conferences this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hội nghị sắp tới</source>
        <translation>upcoming conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hội nghị đã qua chưa ghi kết quả</source>
        <translation>past conferences without a result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiến độ theo xã</source>
        <translation>Progress by commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người tham gia mới theo tuần</source>
        <translation>New participants by week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn báo cáo sắp tới</source>
        <translation>Report deadlines ahead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chờ vận động tiếp, theo người thu</source>
        <translation>Awaiting a follow-up visit, by collector</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hội nghị tuần {start} – {end}</source>
        <translation>Conferences in the week {start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hội nghị trong tuần</source>
        <translation>Conferences this week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kế hoạch đang thực hiện: {number} ({start} – {end})</source>
        <translation>Plan in force: {number} ({start} – {end})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch gần nhất: {number} ({start} – {end})</source>
        <translation>Latest plan: {number} ({start} – {end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>số liệu đến hết tuần {week}</source>
        <translation>figures to the end of week {week}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{indicator}: lũy kế {done} / chỉ tiêu {target} ({percent})</source>
        <translation>{indicator}: cumulative {done} / target {target} ({percent})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{commune}: {vsi} · {hhi} — nhấp để xem chi tiết</source>
        <translation>{commune}: {vsi} · {hhi} — click for the detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} {done}/{target}</source>
        <translation>{indicator} {done}/{target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lũy kế so với chỉ tiêu (%), đến hết tuần {week}</source>
        <translation>Cumulative against the target (%), to the end of week {week}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ tiêu (100 %)</source>
        <translation>Target (100 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người tham gia mới theo tuần (tuần bắt đầu từ thứ Hai)</source>
        <translation>New participants by week (weeks start on Monday)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không có hạn báo cáo nào trong 45 ngày tới.</source>
        <translation>No report falls due in the next 45 days.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hạn tiếp theo: {title}</source>
        <translation>Next deadline: {title}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Chưa có kế hoạch. Mở trang Kế hoạch để tạo hoặc nhập kế hoạch.</source>
        <translation>No plan yet. Open the Plan page to create or import one.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Nhấp đúp (hoặc Enter) để mở hội nghị ở trang Hội nghị</source>
        <translation>Double-click (or Enter) to open the conference on the Conferences page</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/package_dialog.py" line="+15"/>
        <source>Số bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xoá</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giữ lại</source>
        <translation>Held back</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gói đã nhận</source>
        <translation>Received package</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Trang</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do giữ lại</source>
        <translation>Why held back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bản ghi giữ lại (chờ gói có bản ghi cha, hoặc trùng bản ghi đã có):</source>
        <translation>Records held back (waiting for a package with their parent record, or duplicating a record already here):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem xung đột…</source>
        <translation>View conflicts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gói số {sequence} của {sender}, nhận lúc {at}</source>
        <translation>Package no. {sequence} from {sender}, received {at}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ui/people_model.py" line="+21"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCCD</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SĐT</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../ui/pages/people.py" line="+146"/>
        <source>Tất cả các xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi nhóm đối tượng</source>
        <translation>Any target group</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tất cả các thôn</source>
        <translation>All villages</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>{n} người</source>
        <translation>
            <numerusform>{n} person</numerusform>
            <numerusform>{n} people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Người tham gia</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Tìm theo tên, số CCCD, số điện thoại hoặc thôn (gõ không dấu được)…</source>
        <translation>Search by name, citizen ID, phone or village (tone marks optional)…</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>Hiện số CCCD đầy đủ</source>
        <translation>Show full citizen IDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số CCCD là dữ liệu cá nhân (Nghị định 13/2023): mặc định chỉ hiện 4 số cuối.</source>
        <translation>Citizen IDs are personal data (Decree 13/2023): by default only the last 4 digits are shown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mời dự hội nghị…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm danh…</source>
        <translation>Check-in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả/Theo dõi…</source>
        <translation>Outcomes/follow-up…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Trùng lặp…</source>
        <translation>Duplicates…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất danh sách cần vận động tiếp…</source>
        <translation>Export follow-up list…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In giấy mời cho người đã chọn…</source>
        <translation>Print invitations for the people selected…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Xoá {name} khỏi danh sách?</source>
        <translation>Delete {name} from the list?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Xoá {n} người đã chọn khỏi danh sách?</source>
        <translation>
            <numerusform>Remove the selected person from the list?</numerusform>
            <numerusform>Remove the {n} selected people from the list?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In giấy mời</source>
        <translation>Print invitations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chọn những người cần in giấy mời.</source>
        <translation>Select the people whose invitations to print.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In giấy mời của hội nghị nào?</source>
        <translation>Print the invitations of which conference?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Điểm danh cho hội nghị nào?</source>
        <translation>Check in for which conference?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ghi kết quả cho hội nghị nào?</source>
        <translation>Record outcomes for which conference?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xuất danh sách cần vận động tiếp</source>
        <translation>Export the follow-up list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danh-sach-can-van-dong-tiep.xlsx</source>
        <translation>follow-up-list.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã lưu danh sách vào {path}.
Tệp có số điện thoại của từng người (dữ liệu cá nhân): chỉ giao cho người thu phụ trách.</source>
        <translation>The list was saved to {path}.
The file holds each person&apos;s phone number (personal data): give it only to the collector in charge.</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <location filename="../ui/period_report_dialog.py" line="+24"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BHXH TN</source>
        <translation>Vol. SI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BHYT HGĐ</source>
        <translation>Household HI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chỉ tiêu</source>
        <translation>target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thực hiện</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% chỉ tiêu</source>
        <translation>% of target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lũy kế:
chỉ tiêu</source>
        <translation>cumulative:
target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lũy kế:
thực hiện</source>
        <translation>cumulative:
done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lũy kế:
% chỉ tiêu</source>
        <translation>cumulative:
% of target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đạt
100%</source>
        <translation>Reached
100 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hội nghị
đã tổ chức</source>
        <translation>Conferences
held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trong đó
lễ ra quân</source>
        <translation>Of which
launch ceremonies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Báo cáo kết quả đợt</source>
        <translation>Period results report</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đợt/giai đoạn</source>
        <translation>Period/wave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề nghị khen thưởng…</source>
        <translation>Propose awards…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn tập thể, cá nhân đề nghị khen thưởng sau đợt (không quá 10% tập thể, 5% cá nhân)</source>
        <translation>Choose the collectives and individuals to propose for awards after the period (at most 10 % of collectives, 5 % of individuals)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kế hoạch này chưa có đợt/giai đoạn nào.</source>
        <translation>This plan has no period or wave yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period} là đợt ra quân: tính trong thời gian thi đua {span}.</source>
        <translation>{period} is a wave: counted over its emulation dates {span}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tính trong thời gian của {period}: {span}.</source>
        <translation>Counted over the dates of {period}: {span}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đơn vị đạt từ 100% chỉ tiêu trở lên ({n}): {names}</source>
        <translation>Units at 100 % of target or more ({n}): {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có đơn vị nào đạt 100% chỉ tiêu của đợt (đơn vị đạt: có chỉ tiêu trong đợt và đạt từ 100% mọi chỉ tiêu được giao).</source>
        <translation>No unit has reached 100 % of the period target yet (a unit reaches it when it has a target in the period and is at 100 % or more of every target it was given).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lưu báo cáo đợt</source>
        <translation>Save the period report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bao-cao-{period}.xlsx</source>
        <translation>period-report-{period}.xlsx</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã lưu báo cáo kết quả {period} ({span}) vào {path}.

BHXH tự nguyện: {vsi} / {vsi_target} người ({vsi_percent}).
BHYT hộ gia đình: {hhi} / {hhi_target} người ({hhi_percent}).
Đơn vị đạt từ 100% chỉ tiêu: {n}.</source>
        <translation>Saved the results report of {period} ({span}) to {path}.

Voluntary SI: {vsi} / {vsi_target} people ({vsi_percent}).
Household HI: {hhi} / {hhi_target} people ({hhi_percent}).
Units at 100 % of target: {n}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ui/person_dialog.py" line="+158"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số CCCD</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thôn/tổ dân phố</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nguồn danh sách</source>
        <translation>Source list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người thu phụ trách</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diện hỗ trợ</source>
        <translation>Support category</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy, có thể bỏ trống</source>
        <translation>dd/mm/yyyy, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 chữ số, bắt đầu bằng 0</source>
        <translation>10 digits, starting with 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khách không có giấy mời</source>
        <translation>Guest without invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm và điểm danh</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa thông tin người</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Có thể đã có trong danh sách</source>
        <translation>May already be in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người này có thể đã có trong danh sách (cùng họ tên, năm sinh và thôn). Chọn đúng người, hoặc thêm mới.</source>
        <translation>This person may already be in the list (same name, birth year and village). Pick the right person, or add a new one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Là {person}</source>
        <translation>It is {person}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm người mới</source>
        <translation>Add new person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <location filename="../ui/plan_dialogs.py" line="+38"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sửa kế hoạch</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm kế hoạch</source>
        <translation>Add plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập số/ký hiệu kế hoạch.</source>
        <translation>Enter the plan&apos;s number/symbol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: 25/KH-BHXH</source>
        <translation>e.g. 25/KH-BHXH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Tổ chức hội nghị khách hàng quý IV/2025</source>
        <translation>e.g. Tổ chức hội nghị khách hàng quý IV/2025</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số/ký hiệu</source>
        <translation>Number/symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+88"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hạn báo cáo tuần</source>
        <translation>Weekly report due</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sửa kỳ/đợt</source>
        <translation>Edit period/wave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm kỳ/đợt</source>
        <translation>Add period/wave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập tên kỳ/đợt.</source>
        <translation>Enter the name of the period/wave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Tháng cao điểm, Đợt 1</source>
        <translation>e.g. Tháng cao điểm, Đợt 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ví dụ: Hội trường UBND xã Sơn Hà</source>
        <translation>e.g. Hội trường UBND xã Sơn Hà</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày ra quân</source>
        <translation>Ceremony date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ ra quân</source>
        <translation>Ceremony time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm ra quân</source>
        <translation>Ceremony venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thi đua từ ngày</source>
        <translation>Emulation from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thi đua đến ngày</source>
        <translation>Emulation to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hạn gửi danh sách người tham gia</source>
        <translation>List of participants due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn báo cáo kết quả</source>
        <translation>Results report due</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kỳ phải nằm trong thời gian của kế hoạch ({start} – {end}).</source>
        <translation>The period must lie within the plan&apos;s dates ({start} – {end}).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Thêm chỉ tiêu</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập tên chỉ tiêu.</source>
        <translation>Enter the indicator&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: BHXH bắt buộc tăng mới</source>
        <translation>e.g. BHXH bắt buộc tăng mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>người</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên chỉ tiêu</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../ui/pages/plan.py" line="+31"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Số/ký hiệu, thời gian</source>
        <translation>Number, dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thời gian</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lễ ra quân</source>
        <translation>Launch ceremony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thi đua</source>
        <translation>Emulation</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Chưa có kế hoạch. Bấm “Thêm kế hoạch” để bắt đầu.</source>
        <translation>No plan yet. Click “Add plan” to start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kế hoạch số {number}</source>
        <translation>Plan {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ban hành ngày {date}</source>
        <translation>issued on {date}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Đã đăng ký tại hội nghị trong các kỳ của kế hoạch: {done} / chỉ tiêu {target}</source>
        <translation>Registered at conferences within the plan&apos;s periods: {done} / target {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — rê chuột lên ô để xem từng xã, từng kỳ.</source>
        <translation> — hover over a cell for each commune and period.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Xoá kế hoạch số {number} cùng các kỳ/đợt và chỉ tiêu của nó?</source>
        <translation>Delete plan {number} with its periods/waves and targets?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không xoá được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Xoá “{name}” và các chỉ tiêu của kỳ này?</source>
        <translation>Delete “{name}” and this period&apos;s targets?</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chỉ tiêu chưa lưu</source>
        <translation>Unsaved targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng chỉ tiêu có thay đổi chưa lưu. Lưu lại?</source>
        <translation>The targets table has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} ô chưa lưu (nền xanh). Bấm “Lưu chỉ tiêu” để ghi.</source>
        <translation>Unsaved cells: {n} (blue). Click “Save targets” to write them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} ô có số khác tổng các đơn vị cấp dưới (nền vàng; đưa chuột vào ô để xem).</source>
        <translation>Cells that differ from the sum of their sub-units: {n} (yellow; hover over a cell to see).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chi tieu {number}.xlsx</source>
        <translation>Targets {number}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất bảng chỉ tiêu ra Excel</source>
        <translation>Export the targets to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã xuất bảng chỉ tiêu ra {path}.</source>
        <translation>Targets exported to {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kế hoạch và chỉ tiêu</source>
        <translation>Plans and targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm kế hoạch…</source>
        <translation>Add plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Các kỳ / đợt của kế hoạch</source>
        <translation>Periods / waves of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm kỳ/đợt…</source>
        <translation>Add period/wave…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm loại…</source>
        <translation>Add indicator…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện thôn/tổ</source>
        <translation>Show villages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu chỉ tiêu</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gõ số để nhập; Enter xuống dòng, Tab sang phải; Delete xoá ô; Ctrl+C / Ctrl+V chép và dán với Excel.</source>
        <translation>Type a number to enter it; Enter moves down, Tab right; Delete clears a cell; Ctrl+C / Ctrl+V copy and paste with Excel.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../ui/print_dialog.py" line="+33"/>
        <source>In giấy mời</source>
        <translation>Print invitations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Giấy mời: {kind}, {commune}, {date}</source>
        <translation>Invitations: {kind}, {commune}, {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mọi người được mời ({n})</source>
        <translation>Everyone invited ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Những người đã chọn ({n})</source>
        <translation>The people selected ({n})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 giấy mời (A4)</source>
        <translation>1 invitation (A4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 giấy mời (hai nửa A5, có đường cắt)</source>
        <translation>2 invitations (two A5 halves, with a cut line)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tự động</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Để trống: số tiếp theo trong năm (in lại giữ số đã cấp). Gõ số nếu giấy mời đã được cấp số trong sổ văn bản.</source>
        <translation>Empty: the next number of the year (a reprint keeps the number given). Type a number if the invitation already has one in the register.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} người đã chọn chưa được mời dự hội nghị này: mời họ trước (Người tham gia → Hội nghị → Mời dự hội nghị…).</source>
        <translation>{n} of the people selected are not invited to this conference: invite them first (People → Conferences → Invite to a conference…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In cho</source>
        <translation>Print for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mỗi trang A4</source>
        <translation>Per A4 sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Vừa trang</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Trang {page}/{pages}</source>
        <translation>Page {page}/{pages}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lưu giấy mời</source>
        <translation>Save the invitations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>giay-moi.pdf</source>
        <translation>invitations.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã lưu {n} giấy mời ({number}) vào {path}.</source>
        <translation>{n} invitations ({number}) were saved to {path}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đã gửi {n} giấy mời ({number}) tới máy in.</source>
        <translation>{n} invitations ({number}) were sent to the printer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Không mở được máy in.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>RegistrationList</name>
    <message>
        <location filename="../ui/registration_list_dialog.py" line="+20"/>
        <source>Danh sách cho tổ chức dịch vụ thu</source>
        <translation>List for the collection agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D05-TS: người tham gia BHXH tự nguyện</source>
        <translation>D05-TS: voluntary social insurance participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D03-TS: người chỉ tham gia BHYT (hộ gia đình)</source>
        <translation>D03-TS: health insurance only (households)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký tại hội nghị đã chọn</source>
        <translation>Registered at the selected conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký trong khoảng ngày</source>
        <translation>Registered between dates</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mọi tổ chức dịch vụ thu</source>
        <translation>Every collection agency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lưu thêm bản PDF (phụ lục)</source>
        <translation>Also save a PDF (appendix)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mẫu</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Những người</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tổ chức dịch vụ thu</source>
        <translation>Collection agency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lưu danh sách…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lưu danh sách</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã lưu {n} người vào {path}{pdf}.
Phải đóng {due} đ; NSNN hỗ trợ {support} đ; người tham gia đóng {pays} đ.</source>
        <translation>Saved {n} people to {path}{pdf}.
Due {due} đ; state support {support} đ; participants pay {pays} đ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ô để trống (điền tay hoặc bổ sung trong phần mềm): {n}</source>
        <translation>Cells left blank (fill them by hand or complete them in the app): {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã lưu danh sách</source>
        <translation>List saved</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/pages/reports.py" line="+516"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="-478"/>
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>BHXH TN</source>
        <translation>Vol. SI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BHYT HGĐ</source>
        <translation>HH HI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trong tuần</source>
        <translation>this week</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>chỉ tiêu
kế hoạch</source>
        <translation>plan
target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chỉ tiêu
đợt</source>
        <translation>period
target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lũy kế
đợt</source>
        <translation>period
cumulative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lũy kế
kế hoạch</source>
        <translation>plan
cumulative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% chỉ tiêu
đợt</source>
        <translation>% of period
target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% chỉ tiêu
kế hoạch</source>
        <translation>% of plan
target</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Hội nghị
theo kế hoạch</source>
        <translation>Conferences
planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội nghị
đã tổ chức</source>
        <translation>Conferences
held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký
tại hội nghị</source>
        <translation>Registered
at conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chờ vận động
tiếp</source>
        <translation>Awaiting
follow-up</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{commune}, ngày {day}</source>
        <translation>{commune}, {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+228"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Số liệu nhập: {n} (thay cho {app} người đăng ký ghi trong ứng dụng)</source>
        <translation>Typed figure: {n} (replaces the {app} registrations recorded in the app)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đăng ký ghi trong ứng dụng: {n}</source>
        <translation>Registrations recorded in the app: {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cả tuần</source>
        <translation>Whole week</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vùng dán ({rows} dòng × {cols} cột) vượt ra ngoài các ngày của tuần.</source>
        <translation>The pasted block ({rows} rows × {cols} columns) goes beyond the days of the week.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Lũy kế và chỉ tiêu theo Kế hoạch số {number}, đợt {period} ({start} – {end}).</source>
        <translation>Cumulative figures and targets of plan {number}, period {period} ({start} – {end}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lũy kế và chỉ tiêu theo Kế hoạch số {number}.</source>
        <translation>Cumulative figures and targets of plan no. {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tuần này không thuộc kế hoạch nào: lũy kế tính từ ngày 01/01, chưa có chỉ tiêu.</source>
        <translation>This week is in no plan: cumulative figures count from 1 January; no targets.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tuần {week} ({start} – {end})</source>
        <translation>Week {week} ({start} – {end})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lưu báo cáo tuần</source>
        <translation>Save the weekly report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bao-cao-tuan-{week}.xlsx</source>
        <translation>weekly-report-{week}.xlsx</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã lưu báo cáo tuần {week} ({start} – {end}) vào {path}.</source>
        <translation>Saved the weekly report {week} ({start} – {end}) to {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bản PDF: {path}.</source>
        <translation>PDF copy: {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BHXH tự nguyện: {vsi} người mới trong tuần, lũy kế {vsi_cum}.
BHYT hộ gia đình: {hhi} người mới trong tuần, lũy kế {hhi_cum}.</source>
        <translation>Voluntary social insurance: {vsi} new this week, {vsi_cum} cumulative.
Household health insurance: {hhi} new this week, {hhi_cum} cumulative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Lưu mẫu nhập số liệu</source>
        <translation>Save the figures template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mau-so-lieu-hang-ngay.xlsx</source>
        <translation>daily-figures-template.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã lưu mẫu vào {path}. Điền mỗi dòng một xã, một ngày, một chỉ tiêu rồi bấm “Nhập từ Excel…”.</source>
        <translation>The template was saved to {path}. Fill in one commune, day and indicator a row, then click “Import from Excel…”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập số liệu hằng ngày</source>
        <translation>Import daily figures</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dòng {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa nhập</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không ghi gì: sửa các dòng sau rồi nhập lại.</source>
        <translation>Nothing written: fix these rows and import again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã ghi {n} số liệu hằng ngày.</source>
        <translation>{n} daily figures written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tuần trước</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuần sau</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuần này</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kèm bản PDF</source>
        <translation>Also as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lập báo cáo tuần…</source>
        <translation>Weekly report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo đợt…</source>
        <translation>Period report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả một đợt/giai đoạn của kế hoạch theo xã, đơn vị đạt 100% chỉ tiêu và Phụ lục 01 kèm số thực hiện</source>
        <translation>A period&apos;s or wave&apos;s results by commune, the units at 100 % of target, and Appendix 01 with the actual figures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tải mẫu nhập…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp Excel có các cột Xã, Ngày, Chỉ tiêu, Số người để điền số liệu từ phần mềm thu rồi nhập</source>
        <translation>An Excel file with the columns Xã, Ngày, Chỉ tiêu, Số người to fill in from the collection software and import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số liệu hằng ngày</source>
        <translation>Daily figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ tiêu:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BHXH tự nguyện</source>
        <translation>Voluntary social insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BHYT hộ gia đình</source>
        <translation>Household health insurance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số in đậm là số liệu đã nhập; số màu xám là số người đăng ký ghi trong ứng dụng ngày đó. Số nhập cho một ngày là toàn bộ số người mới của xã ngày đó và thay cho số đăng ký trong ứng dụng của ngày đó khi lập báo cáo. Gõ số hoặc dán một vùng từ Excel; xoá ô để bỏ số đã nhập.</source>
        <translation>Bold figures were typed; grey ones are the registrations recorded in the app that day. A typed figure is the commune&apos;s whole count of new participants for that day and replaces the app&apos;s registrations of that day in the report. Type a number or paste a block from Excel; empty a cell to remove its figure.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings.py" line="+76"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mẫu giấy mời</source>
        <translation>Invitation template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sổ văn bản đi</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bản đã cấp số khi in (giấy mời: lần in đầu của mỗi hội nghị). Số chạy theo loại và năm; in lại giữ số đã cấp.</source>
        <translation>Documents numbered when printed (invitations: the first print of each conference). Numbers run per type and year; a reprint keeps its number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Ngôn ngữ giao diện</source>
        <translation>Window language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi ngay, không cần mở lại ứng dụng. Thông báo, số và ngày tháng cũng theo ngôn ngữ đã chọn.</source>
        <translation>Changes at once, no restart needed. Messages, numbers and dates follow the chosen language too.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hồ sơ đơn vị</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa hồ sơ đơn vị…</source>
        <translation>Edit the office profile…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhật ký lỗi</source>
        <translation>Error log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (mã {code}), {province}. Người ký: {signer}</source>
        <translation>{name} (code {code}), {province}. Signer: {signer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa khai báo đơn vị.</source>
        <translation>No office set up yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(trong bộ nhớ)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Không tìm thấy bản dịch {file}; giao diện vẫn bằng tiếng Việt.</source>
        <translation>The translation {file} was not found; the window stays in Vietnamese.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/pages/__init__.py" line="+10"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa bàn</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm vận động</source>
        <translation>Outreach groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người tham gia</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/pages/sync.py" line="+60"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tin cậy từ</source>
        <translation>Trusted since</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi/nhận</source>
        <translation>Sent/received</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Gói dữ liệu có dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): chỉ gửi cho đơn vị ghi trong gói. Trước khi nhập, ứng dụng kiểm tra chữ ký và nội dung và sao lưu tệp dữ liệu. Bấm đúp một gói đã nhận để xem gói đó thay đổi gì.</source>
        <translation>Data packages hold personal data (Decree 13/2023/ND-CP): send them only to the office named in the package. Before importing, the app checks the signature and the contents and backs up the data file. Double-click a received package to see what it changed.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Số gói</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp, lý do từ chối</source>
        <translation>File, reason refused</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa của đơn vị</source>
        <translation>The office&apos;s key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dấu vân tay để đơn vị nhận gói đối chiếu qua điện thoại. Gửi tệp khóa công khai cho đơn vị nhận gói; khóa bí mật nằm cạnh tệp dữ liệu trên máy này và chỉ rời máy khi sao lưu để chuyển sang máy mới.</source>
        <translation>The fingerprint, for the receiving office to compare by phone. Send the public key file to the offices that receive your packages; the private key sits beside the data file on this PC and leaves it only as a backup to move to a new PC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất khóa công khai…</source>
        <translation>Export the public key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu khóa bí mật…</source>
        <translation>Back up the private key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập khóa bí mật…</source>
        <translation>Import the private key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tin cậy: nhận gói dữ liệu do các đơn vị này ký</source>
        <translation>Trusted offices: packages signed by these offices are accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm từ tệp khóa…</source>
        <translation>Add from a key file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+139"/>
        <source>Bỏ tin cậy</source>
        <translation>Remove trust</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Chưa tin cậy đơn vị nào.</source>
        <translation>No office is trusted yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gói dữ liệu đã gửi và đã nhận</source>
        <translation>Packages sent and received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi gói dữ liệu…</source>
        <translation>Send a package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập gói dữ liệu…</source>
        <translation>Import a package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xung đột…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Xuất khóa công khai</source>
        <translation>Export the public key</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Đã ghi khóa công khai ra {path}.

Gửi tệp này cho đơn vị nhận gói và đọc cho họ dấu vân tay: {fingerprint}</source>
        <translation>Wrote the public key to {path}.

Send this file to the receiving office and read them the fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Sao lưu khóa bí mật</source>
        <translation>Back up the private key</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Ai có tệp khóa bí mật thì ký được gói dữ liệu thay đơn vị. Chỉ sao lưu để chuyển sang máy mới, giữ tệp như con dấu (USB cất riêng), không gửi qua thư điện tử. Tiếp tục?</source>
        <translation>Whoever has the private key file can sign packages in the office&apos;s name. Back it up only to move to a new PC, keep it like a seal (a USB stick put away), never send it by e-mail. Continue?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã sao lưu khóa bí mật ra {path}.</source>
        <translation>Backed up the private key to {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập khóa bí mật</source>
        <translation>Import the private key</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+49"/>
        <location line="+2"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Đã nhập khóa bí mật của {code}. Dấu vân tay: {fingerprint}</source>
        <translation>Imported {code}&apos;s private key. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Gửi gói dữ liệu</source>
        <translation>Send a package</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Mã đơn vị nhận (gói gồm các thay đổi từ gói cuối đơn vị đó đã báo nhận; lần đầu: toàn bộ):</source>
        <translation>The receiving office&apos;s code (the package holds the changes since the last package that office acknowledged; the first time: everything):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã ghi gói</source>
        <translation>Package written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã ghi gói số {sequence} cho {to} ({n} bản ghi) ra {path}.

Gói có dữ liệu cá nhân: chỉ gửi cho đơn vị {to}.</source>
        <translation>Wrote package number {sequence} for {to} ({n} records) to {path}.

The package holds personal data: send it only to the office {to}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập gói dữ liệu</source>
        <translation>Import a package</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không nhập</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã nhập gói của {sender}: {created} bản ghi mới, {updated} cập nhật, {deleted} xoá, {conflicts} xung đột.</source>
        <translation>Imported {sender}&apos;s package: {created} new records, {updated} updated, {deleted} deleted, {conflicts} conflicts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} bản ghi được giữ lại vì thiếu bản ghi cha hoặc trùng bản ghi đã có.</source>
        <translation>{n} records held: their parent is missing or they clash with a record already here.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>Tin cậy đơn vị</source>
        <translation>Trust an office</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Không tin cậy được</source>
        <translation>Cannot trust</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} — {name}

Dấu vân tay: {fingerprint}

Đối chiếu dấu vân tay này với cán bộ của đơn vị kia (qua điện thoại) trước khi tin cậy. Tin cậy đơn vị này?</source>
        <translation>{code} — {name}

Fingerprint: {fingerprint}

Compare this fingerprint with the other office&apos;s clerk (by phone) before trusting it. Trust this office?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bỏ tin cậy {code} — {name}? Các gói do khóa này ký sẽ bị từ chối.</source>
        <translation>Stop trusting {code} — {name}? Packages signed with this key will be refused.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>toàn bộ</source>
        <translation>full</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>các thay đổi</source>
        <translation>changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>từ một ngày</source>
        <translation>since a day</translation>
    </message>
</context>
<context>
    <name>TargetsImport</name>
    <message>
        <location filename="../ui/targets_import_wizard.py" line="+28"/>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đầu kỳ</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ tiêu kỳ</source>
        <translation>Period target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chọn tệp Excel</source>
        <translation>Choose the Excel file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng chỉ tiêu của tỉnh/cấp trên (dạng Phụ lục 01): có dòng tiêu đề, cột tên đơn vị và các cột số liệu.</source>
        <translation>The targets table from the province or parent office (like Phụ lục 01): a header row, a unit-name column and columns of figures.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn bảng chỉ tiêu</source>
        <translation>Choose the targets table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp Excel (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Excel files (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>dòng {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dòng {first}–{last}</source>
        <translation>rows {first}–{last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang “{sheet}”: tiêu đề ở {header}, tên đơn vị ở cột {column}, số liệu từ dòng {first}.</source>
        <translation>Sheet “{sheet}”: header on {header}, unit names in column {column}, figures from row {first}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dòng đánh số cột: {row}.</source>
        <translation>Column-number row: {row}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dòng tổng cộng: {row}.</source>
        <translation>Totals row: {row}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xác nhận các cột</source>
        <translation>Confirm the columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra vai trò từng cột; sửa nếu chương trình nhận sai. Kỳ chưa có trong kế hoạch sẽ được tạo khi nhập.</source>
        <translation>Check each column&apos;s role; correct it if the program guessed wrong. Periods not yet in the plan are created on import.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiêu đề trong tệp</source>
        <translation>Header in file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày số liệu / tên kỳ</source>
        <translation>Figures date / period name</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(cột tên đơn vị)</source>
        <translation>(unit-name column)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tên kỳ, ví dụ: Tháng cao điểm</source>
        <translation>Period name, e.g. Tháng cao điểm</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chọn đúng một cột “Tên đơn vị”.</source>
        <translation>Choose exactly one “Unit name” column.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn ít nhất một cột “Số đầu kỳ” hoặc “Chỉ tiêu kỳ”.</source>
        <translation>Choose at least one “Baseline” or “Period target” column.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cột {letter}: {problem}</source>
        <translation>Column {letter}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cột {letter}: nhập ngày số liệu đầu kỳ.</source>
        <translation>Column {letter}: enter the baseline date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cột {letter}: nhập tên kỳ.</source>
        <translation>Column {letter}: enter the period name.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Kiểm tra trước khi nhập</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đơn vị, số liệu, lũy kế từng dòng và dòng tổng cộng được kiểm tra; chưa ghi gì cho đến khi bấm “Nhập”.</source>
        <translation>Unit names, figures, each row&apos;s cumulative and the totals row are checked; nothing is written until you click “Import”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ô</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+122"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Có {n} lỗi; chưa ghi gì vào cơ sở dữ liệu. Sửa tệp Excel (hoặc vai trò các cột ở bước trước) rồi kiểm tra lại.</source>
        <translation>Errors: {n}; nothing written to the database. Correct the Excel file (or the column roles in the previous step) and check again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bảng hợp lệ: {units} đơn vị; các kỳ: {periods}.</source>
        <translation>The table is valid: {units} units; periods: {periods}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kỳ mới sẽ được thêm vào kế hoạch: {names}.</source>
        <translation>New periods to be added to the plan: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bấm “Tiếp” để xem và nhập ngày của các kỳ mới.</source>
        <translation>Click “Next” to see and enter the new periods&apos; dates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bấm “Nhập” để ghi; số liệu cũ của các ô này sẽ được thay.</source>
        <translation>Click “Import” to write; the old figures in these cells will be replaced.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Không kiểm tra được bảng.</source>
        <translation>The table could not be checked.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Thời gian các kỳ mới</source>
        <translation>Dates of the new periods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký tại hội nghị chỉ được tính cho một kỳ khi kỳ có ngày bắt đầu và ngày kết thúc. Ngày ghi trong tiêu đề cột đã được điền sẵn; nhập ngày còn thiếu.</source>
        <translation>Registrations at conferences count toward a period only when it has a start and an end date. Dates stated in the column headers are filled in; enter the missing ones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Để trống</source>
        <translation>Leave empty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thời gian kế hoạch {number}: {start} – {end}.</source>
        <translation>Plan {number} runs {start} – {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kế hoạch {number} chưa có thời gian.</source>
        <translation>Plan {number} has no dates.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theo tiêu đề cột</source>
        <translation>From the column header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không lấy ngày theo tiêu đề: {reason}.</source>
        <translation>Header dates not used: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiêu đề cột không ghi ngày</source>
        <translation>The column header states no dates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Để trống ngày</source>
        <translation>Leave dates empty</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Chưa đăng ký nào được tính cho {names} cho đến khi có ngày (nhập sau bằng cách sửa kỳ ở trang Kế hoạch).</source>
        <translation>No registration counts toward {names} until they have dates (enter them later by editing the period on the Plan page).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}”: {problem}</source>
        <translation>“{name}”: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập ngày bắt đầu và ngày kết thúc của “{name}”, hoặc chọn “Để trống ngày”.</source>
        <translation>Enter the start and end date of “{name}”, or tick “Leave dates empty”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}”: ngày kết thúc phải sau hoặc bằng ngày bắt đầu.</source>
        <translation>“{name}”: the end date must be on or after the start date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” phải nằm trong thời gian của kế hoạch ({start} – {end}).</source>
        <translation>“{name}” must lie within the plan&apos;s dates ({start} – {end}).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Không nhập được bảng.</source>
        <translation>The table could not be imported.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã ghi {written} số liệu cho {units} đơn vị.</source>
        <translation>{written} figures written for {units} units.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã thêm các kỳ: {names}.</source>
        <translation>Periods added: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}”: từ {start} đến {end}.</source>
        <translation>“{name}”: from {start} to {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}”: chưa có ngày; chưa đăng ký nào được tính cho kỳ này cho đến khi nhập ngày (sửa kỳ ở trang Kế hoạch).</source>
        <translation>“{name}”: no dates; no registration counts toward it until dates are entered (edit the period on the Plan page).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nhập chỉ tiêu từ Excel – kế hoạch {number}</source>
        <translation>Import targets from Excel – plan {number}</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+276"/>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../ui/targets_grid.py" line="+219"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số đầu kỳ
(đến {date})</source>
        <translation>Baseline
(at {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cộng các kỳ</source>
        <translation>Periods total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lũy kế</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <location line="+120"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>{unit} – {column}</source>
        <translation>{unit} – {column}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Tổng các đơn vị cấp dưới: {total}</source>
        <translation>Sum of sub-units: {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa nhập; đang hiện tổng các đơn vị cấp dưới.</source>
        <translation>Not entered; showing the sum of the sub-units.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã đăng ký tại hội nghị: {n}</source>
        <translation>Registered at conferences: {n}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Vùng dán ({rows} dòng × {cols} cột) vượt ra ngoài bảng chỉ tiêu.</source>
        <translation>The pasted area ({rows} rows × {cols} columns) goes beyond the targets table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cell}: ô này không nhập được (chỉ nhập số đầu kỳ và chỉ tiêu các kỳ).</source>
        <translation>{cell}: this cell cannot be edited (only baselines and period targets can).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../ui/pages/settings.py" line="+97"/>
        <source>Mỗi dòng là một đoạn của giấy mời. Chỗ điền trong ngoặc nhọn, ví dụ {ho_ten}, được thay bằng thông tin của từng người được mời và của hội nghị. Giấy mời luôn in bằng tiếng Việt.</source>
        <translation>Each line is one paragraph of the invitation. Placeholders in braces, e.g. {ho_ten}, are replaced with the details of each invitee and of the conference. Invitations are always printed in Vietnamese.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỗ điền (bấm để chèn vào chỗ con trỏ):</source>
        <translation>Placeholders (click to insert at the cursor):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Khôi phục mẫu mặc định</source>
        <translation>Restore the default template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Có thay đổi chưa lưu.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lưu mẫu giấy mời.</source>
        <translation>Invitation template saved.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Mẫu giấy mời chưa lưu</source>
        <translation>Invitation template not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mẫu giấy mời có thay đổi chưa lưu. Lưu lại?</source>
        <translation>The invitation template has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>một hội nghị giả định (đơn vị chưa có hội nghị)</source>
        <translation>a sample conference (the office has no conferences yet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (người mẫu: hội nghị chưa mời ai)</source>
        <translation>{name} (sample invitee: the conference has no invitees yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem trước giấy mời đầu tiên: {who} — {where} · {number}</source>
        <translation>Preview of the first invitation: {who} — {where} · {number}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../ui/pages/units.py" line="+33"/>
        <source>Nhập tên.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thêm xã/phường từ danh mục 2025</source>
        <translation>Add a commune from the 2025 list</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nhập tên đơn vị.</source>
        <translation>Enter the office name.</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location line="+67"/>
        <source>Địa bàn</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mã danh mục</source>
        <translation>Official code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm thôn/tổ…</source>
        <translation>Add village…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm thôn, tổ dân phố, ấp, bản vào xã/phường đang chọn</source>
        <translation>Add a village (thôn, tổ dân phố, ấp, bản) to the selected commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm xã/phường…</source>
        <translation>Add commune…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm một xã/phường của tỉnh từ danh mục 2025</source>
        <translation>Add one of the province&apos;s communes from the 2025 list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm huyện/địa bàn khác…</source>
        <translation>Add district/other…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huyện cũ (kế hoạch trước 2025) hoặc địa bàn tự đặt</source>
        <translation>A former district (plans before 2025) or a unit of your own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ đơn vị</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký văn bản mặc định</source>
        <translation>Default signer of documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã đơn vị</source>
        <translation>Office code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tỉnh/thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên đơn vị *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu hồ sơ</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{communes} xã/phường, {villages} thôn/tổ dân phố</source>
        <translation>{communes} communes, {villages} villages</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Thêm thôn/tổ</source>
        <translation>Add village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chọn một xã/phường trước.</source>
        <translation>Select a commune first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm thôn/tổ vào {commune}</source>
        <translation>Add a village to {commune}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên thôn/tổ</source>
        <translation>Village name</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thêm huyện/địa bàn khác</source>
        <translation>Add a district or other unit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đổi tên “{name}”</source>
        <translation>Rename “{name}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên mới</source>
        <translation>New name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Xoá địa bàn</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá “{name}”? Địa bàn còn thôn/tổ, chỉ tiêu hoặc hội nghị sẽ không xoá được.</source>
        <translation>Delete “{name}”? A unit that still has villages, targets or conferences cannot be deleted.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Đã lưu hồ sơ đơn vị.</source>
        <translation>Office profile saved.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../ui/widgets.py" line="+124"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn trên lịch</source>
        <translation>Pick on the calendar</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Tìm (gõ không dấu cũng được)…</source>
        <translation>Search (tone marks optional)…</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+20"/>
        <source>Tất cả đơn vị</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{office} (đơn vị này)</source>
        <translation>{office} (this office)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Số liệu của:</source>
        <translation>Records of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo tính số liệu của mọi đơn vị cơ sở dữ liệu có (kể cả các gói đã nhận) hoặc chỉ số liệu do một đơn vị lập</source>
        <translation>The report counts the records of every office this database holds (received packages included), or only the records one office created</translation>
    </message>
</context>
</TS>
