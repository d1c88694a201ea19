<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="+56"/>
        <source>Đã xảy ra lỗi không mong muốn: {error}
Chi tiết đã được ghi vào {log}.
Ứng dụng vẫn tiếp tục chạy.</source>
        <translation>An unexpected error occurred: {error}
The details were written to {log}.
The app keeps running.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>BulkScheduleDialog</name>
    <message>
        <location filename="../ui/conference_dialogs.py" line="+374"/>
        <source>Lập lịch hội nghị hàng loạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hội nghị mỗi xã mỗi tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hội nghị mỗi xã trong cả kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{xã} được thay bằng tên xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ chức dịch vụ thu phụ trách từng xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loại hội nghị</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quy tắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Giờ</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Địa điểm</source>
        <translation type="unfinished">Venue</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Số người mời dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Kế hoạch</source>
        <translation type="unfinished">Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự kiến</source>
        <translation type="unfinished">Planned</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Chọn loại hội nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn ít nhất một xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giờ viết theo dạng GG:PP, ví dụ 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{count} hội nghị sẽ được tạo. Có thể sửa ngày trước khi tạo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../ui/calendar_view.py" line="+18"/>
        <source>T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bấm để xem danh sách hội nghị của ngày này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{kind} · {commune}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tháng này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng sau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../ui/checkin.py" line="+140"/>
        <source>Sẵn sàng điểm danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quét mã trên giấy mời, hoặc gõ tên rồi chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hội nghị</source>
        <translation type="unfinished">Conferences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Điểm danh — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>có mặt / được mời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quét mã giấy mời hoặc gõ tên người được mời…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người được mời khớp tên (↑↓ chọn, Enter điểm danh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vừa điểm danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách không có giấy mời…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+21"/>
        <source>Không điểm danh được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Có {n} người trùng tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn người trong danh sách rồi bấm Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đã điểm danh: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} đã điểm danh rồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lúc {time} — chỉ tính một lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giấy mời của hội nghị khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không ghi gì. Mời người này đến đúng hội nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không có giấy mời mã {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{person} (đã điểm danh {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Kiểm tra lại giấy mời, hoặc gõ tên để tìm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã điểm danh khách: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách không có giấy mời, đã thêm vào danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sinh năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{time}  {name} (khách)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+138"/>
        <source>{time}  {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <location filename="../ui/conference_dialogs.py" line="-405"/>
        <source>Sửa hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— Chọn xã —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ví dụ: Hội trường UBND xã Sơn Hà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+86"/>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Ví dụ: UBND xã Sơn Hà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loại hội nghị</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation type="unfinished">Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số người mời dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch</source>
        <translation type="unfinished">Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>UBND {commune}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn xã tổ chức hội nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hội nghị nhóm nhỏ cần chọn thôn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giờ viết theo dạng GG:PP, ví dụ 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số người mời dự kiến phải lớn hơn 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn loại hội nghị.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferencePicker</name>
    <message>
        <location filename="../ui/invite_dialog.py" line="+40"/>
        <source>Chọn hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa có hội nghị nào. Hãy lên lịch ở trang Hội nghị.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <location filename="../ui/conference_dialogs.py" line="-292"/>
        <source>Đã lên lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã tổ chức</source>
        <translation type="unfinished">Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoãn</source>
        <translation type="unfinished">Postponed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ĐT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../ui/pages/conferences.py" line="+206"/>
        <source>Tất cả các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả các loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Khoảng ngày không hợp lệ: “từ ngày” sau “đến ngày”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngày {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{count} hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Xoá hội nghị “{kind}” tại {commune} ngày {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xoá {count} hội nghị đã chọn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang xoá hội nghị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang cập nhật…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang tạo hội nghị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã tạo {count} hội nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-396"/>
        <location line="+397"/>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Ngày</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+398"/>
        <source>Loại</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation type="unfinished">Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự kiến</source>
        <translation type="unfinished">Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+392"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>{count} hội nghị trong tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm hội nghị (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa hội nghị đã chọn (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá hội nghị đã chọn (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lập lịch hàng loạt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã tổ chức</source>
        <translation type="unfinished">Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoãn</source>
        <translation type="unfinished">Postponed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu các hội nghị đã chọn là đã tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu các hội nghị đã chọn là hoãn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu các hội nghị đã chọn là đã huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ lọc ngày</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ui/duplicates_dialog.py" line="+34"/>
        <source>Người có thể bị trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Họ và tên</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SĐT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn người cần giữ lại rồi bấm “Gộp”. Lịch sử mời, dự hội nghị và đăng ký của những người kia được chuyển sang người được giữ. Không có gì bị gộp tự động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gộp các bản ghi khác vào người đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{text} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} nhóm có thể trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không thấy người nào có thể bị trùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Giữ lại {name} và gộp {n} bản ghi khác vào đó? Việc gộp được ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gộp bản ghi trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không gộp được</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/first_run.py" line="+29"/>
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
        <location line="+5"/>
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
        <location line="+1"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nhập mã đơn vị.</source>
        <translation>Enter the office code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã chỉ gồm chữ không dấu, số và dấu gạch ngang, tối đa 20 ký tự.</source>
        <translation>The code may hold plain letters, digits and dashes, at most 20.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhập tên đơn vị.</source>
        <translation>Enter the office name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Chọn tỉnh/thành phố.</source>
        <translation>Choose the province.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Chọn ít nhất một xã/phường.</source>
        <translation>Tick at least one commune.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Đã chọn {n} xã/phường</source>
        <translation>{n} communes ticked</translation>
    </message>
</context>
<context>
    <name>GroupForms</name>
    <message>
        <location filename="../ui/group_dialogs.py" line="+57"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Sửa nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm nhóm vận động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập tên nhóm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Bưu điện khu vực Sơn Hà - Sơn Tây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Địa chỉ</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sửa thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập họ và tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Nguyễn Thị Hoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ví dụ: Phó Chủ tịch UBND xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Địa bàn phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location line="-180"/>
        <source>Tổ chức dịch vụ thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ tư vấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội, đoàn thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban Chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhân viên thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cộng tác viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ trưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phó Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phó Trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Số điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../ui/pages/groups.py" line="+220"/>
        <source>Chưa chọn nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ĐT: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tổ tư vấn cần ít nhất {min} người; hiện có {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nhóm phụ trách {count}/{total} xã. Đánh dấu rồi bấm “Lưu địa bàn”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Xoá nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xoá nhóm “{name}” cùng các thành viên?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Đang xoá…</source>
        <translation type="unfinished">Deleting…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Xoá thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xoá “{name}” khỏi nhóm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đang lưu…</source>
        <translation type="unfinished">Saving…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Xoá</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Thêm thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu địa bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn/bỏ tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-338"/>
        <location line="+339"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Tên nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Họ và tên</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+331"/>
        <source>Địa bàn phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/people_import_wizard.py" line="+37"/>
        <source>Chọn tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách khách hàng tiềm năng do tỉnh gửi hoặc cộng tác viên lập (.xlsx, .xls, .ods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(không có: dòng không ghi xã sẽ bị từ chối)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+268"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Trang tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã cho các dòng không ghi xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các lần nhập trước…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Các lần nhập danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kiểm tra các cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cột trong tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ví dụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập vào trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(bỏ qua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chưa có cột nào là “Họ và tên”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhiều cột cùng nhập vào: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thử nhập (chưa ghi gì)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bấm “Nhập” để ghi vào danh sách. Cả lần nhập là một giao dịch và có thể hoàn tác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+142"/>
        <source>Đang đọc tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kết quả nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mở tệp các dòng bị từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoàn tác lần nhập này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>Từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Tìm thấy dòng tiêu đề ở dòng {row} của trang “{sheet}”; có {n} dòng người bên dưới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cách nhập các cột được nhớ từ lần nhập trước cùng mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa cách nhập các cột nếu cần:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoàn tác lần nhập đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Các lần nhập trước:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Đang nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Đã hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Đã hoàn tác lần nhập này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Đọc được {rows} dòng người.
Sẽ thêm mới: {created}
Trùng với người đã có: {duplicates}
Bị từ chối: {rejected}
Có cảnh báo: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã nhập {rows} dòng.
Thêm mới: {created}
Cập nhật: {updated}
Trùng với người đã có: {duplicates}
Bị từ chối: {rejected}
Có cảnh báo: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Các dòng bị từ chối được ghi vào tệp lỗi, kèm số dòng và lý do: sửa trong tệp đó rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nhập danh sách người từ Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>Tiếp &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&lt; Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đang thử nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang nhập danh sách…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không nhập được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xoá những người đã thêm trong lần nhập này?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không hoàn tác được</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../ui/invite_dialog.py" line="+27"/>
        <source>Mời dự hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+52"/>
        <source>Họ và tên</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <location line="+9"/>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+41"/>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Chọn tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mời những người đã đánh dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tất cả các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mời tất cả những người này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mã giấy mời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giao giấy mời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giao qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Từ tìm kiếm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ danh sách lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã mời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mời {n} người đã chọn ở trang Người tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hội nghị</source>
        <translation type="unfinished">Conferences</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tất cả các thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} người khớp bộ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn một hội nghị trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa chọn ai để mời.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang tạo giấy mời…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã mời {n} người. Người đã được mời trước đó được bỏ qua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} người đã được mời</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+144"/>
        <source>Chưa khai báo đơn vị</source>
        <translation>No office set up yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vận động BHXH</source>
        <translation>Vận động BHXH — social-insurance outreach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location filename="../ui/operations.py" line="+108"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Không thực hiện được</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xảy ra lỗi: {error}
Chi tiết đã được ghi vào {log}.</source>
        <translation>An error occurred: {error}
The details were written to {log}.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../ui/outcome_dialog.py" line="+31"/>
        <source>Kết quả hội nghị — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Họ và tên</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đăng ký tại hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần vận động tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+106"/>
        <source>BHXH tự nguyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+105"/>
        <source>BHYT hộ gia đình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Hằng tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tháng một lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Một lần cho {n} năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có nhân viên thu nào: thêm ở trang Nhóm vận động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mức thu nhập tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phương thức đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Người thu phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kết quả của người đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Được mời: {invited}   Có mặt: {attended}   Đăng ký: {registered}   Cần vận động tiếp: {follow_up}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã đăng ký: {schemes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cần vận động tiếp: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Chọn một người trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn BHXH tự nguyện, BHYT hộ gia đình, hoặc cả hai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chọn người thu sẽ đến vận động tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../ui/pages/overview.py" line="+19"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
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
        <location line="+48"/>
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
        <source>Loại hội nghị</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn/tổ</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location line="+65"/>
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
        <location line="+7"/>
        <source>Kế hoạch {number}: {title} ({start} – {end})</source>
        <translation>Plan {number}: {title} ({start} – {end})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa có kế hoạch. Mở trang Kế hoạch để tạo hoặc nhập kế hoạch.</source>
        <translation>No plan yet. Open the Plan page to create or import one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội nghị gần đây</source>
        <translation>Recent conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội nghị sắp tới</source>
        <translation>Upcoming conferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhấp đúp (hoặc Enter) để mở hội nghị ở trang Hội nghị</source>
        <translation>Double-click (or Enter) to open the conference on the Conferences page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có hội nghị nào.</source>
        <translation>No conferences yet.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ui/people_model.py" line="+22"/>
        <source>Họ và tên</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SĐT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nghề nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../ui/pages/people.py" line="+126"/>
        <source>Tất cả các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tất cả các thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đang tìm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Người tham gia</source>
        <translation type="unfinished">People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tìm theo tên, số CCCD, số điện thoại hoặc thôn (gõ không dấu được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện số CCCD đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số CCCD là dữ liệu cá nhân (Nghị định 13/2023): mặc định chỉ hiện 4 số cuối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Xoá</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mời dự hội nghị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kết quả/Theo dõi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trùng lặp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xuất danh sách cần vận động tiếp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Xoá {name} khỏi danh sách?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xoá {n} người đã chọn khỏi danh sách?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Điểm danh cho hội nghị nào?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ghi kết quả cho hội nghị nào?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xuất danh sách cần vận động tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danh-sach-can-van-dong-tiep.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang xuất danh sách…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã lưu danh sách vào {path}.
Tệp có số điện thoại của từng người (dữ liệu cá nhân): chỉ giao cho người thu phụ trách.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ui/person_dialog.py" line="+145"/>
        <source>Họ và tên</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn/xóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Địa chỉ</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nghề nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nguồn danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người thu phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy, có thể bỏ trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 chữ số, bắt đầu bằng 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khách không có giấy mời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm và điểm danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa thông tin người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Có thể đã có trong danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người này có thể đã có trong danh sách (cùng họ tên, năm sinh và thôn). Chọn đúng người, hoặc thêm mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Là {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm người mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <location filename="../ui/plan_dialogs.py" line="+16"/>
        <source>Giai đoạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đợt ra quân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Xoá</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sửa kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập số/ký hiệu kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: 25/KH-BHXH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Tổ chức hội nghị khách hàng quý IV/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số/ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sửa kỳ/đợt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm kỳ/đợt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập tên kỳ/đợt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Tháng cao điểm, Đợt 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ví dụ: Hội trường UBND xã Sơn Hà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tên</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày ra quân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giờ ra quân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm ra quân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thi đua từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thi đua đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Giờ viết dạng HH:MM, ví dụ 07:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kỳ phải nằm trong thời gian của kế hoạch ({start} – {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Thêm chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập tên chỉ tiêu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: BHXH bắt buộc tăng mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập mã (chữ không dấu, số, dấu _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã “{code}” đã có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tính</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../ui/pages/plan.py" line="+27"/>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Số/ký hiệu, thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tên</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lễ ra quân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation type="unfinished">Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thi đua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+165"/>
        <location line="+275"/>
        <source>Chưa có kế hoạch. Bấm “Thêm kế hoạch” để bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Kế hoạch số {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ban hành ngày {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Xoá kế hoạch số {number} cùng các kỳ/đợt và chỉ tiêu của nó?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+40"/>
        <source>Không xoá được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Xoá “{name}” và các chỉ tiêu của kỳ này?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chỉ tiêu chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng chỉ tiêu có thay đổi chưa lưu. Lưu lại?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Bỏ thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Ở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} ô chưa lưu (nền xanh). Bấm “Lưu chỉ tiêu” để ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} ô có số khác tổng các đơn vị cấp dưới (nền vàng; đưa chuột vào ô để xem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chi tieu {number}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất bảng chỉ tiêu ra Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang xuất bảng chỉ tiêu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã xuất bảng chỉ tiêu ra {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kế hoạch và chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Xoá</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Các kỳ / đợt của kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm kỳ/đợt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm loại…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện thôn/tổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gõ số để nhập; Enter xuống dòng, Tab sang phải; Delete xoá ô; Ctrl+C / Ctrl+V chép và dán với Excel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/pages/coming.py" line="+46"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang này sẽ có trong phiên bản tiếp theo. Khi đó đơn vị có thể:</source>
        <translation>This page comes in the next version. The office will then be able to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lập báo cáo tuần gửi BHXH tỉnh: kết quả phát triển người tham gia BHXH tự nguyện và BHYT hộ gia đình theo từng xã, so với chỉ tiêu và lũy kế;</source>
        <translation>make the weekly report for the provincial office: new voluntary social-insurance and household health-insurance participants per commune, against the targets and cumulative;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tổng hợp kết quả các hội nghị: số được mời, số tham dự, số đăng ký tham gia;</source>
        <translation>sum up the conferences: invited, attended, registered;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xuất báo cáo ra tệp Excel đúng mẫu của tỉnh và in ra giấy (PDF khổ A4, thể thức Nghị định 30/2020).</source>
        <translation>export the report to the province&apos;s Excel form and print it (A4 PDF in the Decree 30/2020 layout).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trong lúc chờ: chỉ tiêu xuất ra Excel ở trang Kế hoạch; danh sách hội nghị ở trang Hội nghị.</source>
        <translation>Meanwhile: targets export to Excel from the Plan page; the list of conferences is on the Conferences page.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings.py" line="+77"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-41"/>
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
        <location line="+18"/>
        <source>Không tìm thấy bản dịch {file}; giao diện vẫn bằng tiếng Việt.</source>
        <translation>The translation {file} was not found; the window stays in Vietnamese.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/pages/__init__.py" line="+11"/>
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
        <location filename="../ui/pages/coming.py" line="+5"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang này sẽ có trong phiên bản tiếp theo. Khi đó các đơn vị trao đổi dữ liệu với nhau không cần mạng:</source>
        <translation>This page comes in the next version. Offices will then exchange data without a network:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gửi gói đồng bộ là một tệp Excel đọc được, có ký số của đơn vị gửi, qua thư điện tử hoặc USB;</source>
        <translation>send a sync package — a readable Excel file signed by the sending office — by e-mail or USB stick;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nhận gói: kiểm tra chữ ký và nội dung trước khi ghi, rồi gộp dữ liệu trong một lần; nhận lại cùng một gói không làm thay đổi gì;</source>
        <translation>receive a package: the signature and contents are checked before anything is written, then merged in one go; receiving the same package again changes nothing;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trao khoá công khai giữa các đơn vị và đối chiếu mã vân tay qua điện thoại trước khi tin cậy.</source>
        <translation>exchange public keys between offices and compare the fingerprint by phone before trusting one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dữ liệu của đơn vị vẫn được lưu tại máy này; chưa có gì được gửi đi.</source>
        <translation>The office&apos;s data stays on this computer; nothing has been sent.</translation>
    </message>
</context>
<context>
    <name>TargetsImport</name>
    <message>
        <location filename="../ui/targets_import_wizard.py" line="+23"/>
        <source>Bỏ qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đầu kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ tiêu kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lũy kế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng chỉ tiêu của tỉnh/cấp trên (dạng Phụ lục 01): có dòng tiêu đề, cột tên đơn vị và các cột số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trang tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn bảng chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp Excel (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang đọc tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đang đọc bảng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>dòng {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dòng {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang “{sheet}”: tiêu đề ở {header}, tên đơn vị ở cột {column}, số liệu từ dòng {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dòng đánh số cột: {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dòng tổng cộng: {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xác nhận các cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra vai trò từng cột; sửa nếu chương trình nhận sai. Kỳ chưa có trong kế hoạch sẽ được tạo khi nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiêu đề trong tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày số liệu / tên kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(cột tên đơn vị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tên kỳ, ví dụ: Tháng cao điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chọn đúng một cột “Tên đơn vị”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn ít nhất một cột “Số đầu kỳ” hoặc “Chỉ tiêu kỳ”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cột {letter}: nhập ngày số liệu đầu kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cột {letter}: nhập tên kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Kiểm tra trước khi nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đơn vị, số liệu, lũy kế từng dòng và dòng tổng cộng được kiểm tra; chưa ghi gì cho đến khi bấm “Nhập”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ô</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang kiểm tra bảng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang nhập chỉ tiêu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Có {n} lỗi; chưa ghi gì vào cơ sở dữ liệu. Sửa tệp Excel (hoặc vai trò các cột ở bước trước) rồi kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bảng hợp lệ: {units} đơn vị; các kỳ: {periods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kỳ mới sẽ được thêm vào kế hoạch: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bấm “Nhập” để ghi; số liệu cũ của các ô này sẽ được thay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không kiểm tra được bảng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã ghi {written} số liệu cho {units} đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã thêm các kỳ: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nhập chỉ tiêu từ Excel – kế hoạch {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../ui/targets_grid.py" line="+124"/>
        <source>Đơn vị</source>
        <translation type="unfinished">Office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số đầu kỳ
(đến {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cộng các kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lũy kế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <location line="+147"/>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-197"/>
        <source>{unit} – {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Tổng các đơn vị cấp dưới: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa nhập; đang hiện tổng các đơn vị cấp dưới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{cell}: “{text}” không phải là số nguyên không âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Vùng dán ({rows} dòng × {cols} cột) vượt ra ngoài bảng chỉ tiêu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cell}: ô này không nhập được (chỉ nhập số đầu kỳ và chỉ tiêu các kỳ).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../ui/pages/units.py" line="+20"/>
        <source>Tỉnh/thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huyện/quận (cũ)</source>
        <translation>District (former)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn/tổ dân phố</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa bàn khác</source>
        <translation>Other unit</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+62"/>
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
        <location line="+60"/>
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
        <location line="+5"/>
        <source>Đang thêm thôn/tổ…</source>
        <translation>Adding the village…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đang thêm xã…</source>
        <translation>Adding the commune…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thêm huyện/địa bàn khác</source>
        <translation>Add a district or other unit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đang thêm địa bàn…</source>
        <translation>Adding the unit…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đổi tên “{name}”</source>
        <translation>Rename “{name}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên mới</source>
        <translation>New name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang đổi tên…</source>
        <translation>Renaming…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xoá địa bàn</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá “{name}”? Địa bàn còn thôn/tổ, chỉ tiêu hoặc hội nghị sẽ không xoá được.</source>
        <translation>Delete “{name}”? A unit that still has villages, targets or conferences cannot be deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang xoá…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Đã lưu hồ sơ đơn vị.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../ui/widgets.py" line="+110"/>
        <source>Tìm (gõ không dấu cũng được)…</source>
        <translation>Search (tone marks optional)…</translation>
    </message>
</context>
</TS>
