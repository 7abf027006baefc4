import type { Roster } from '../domain/roster';

/**
 * A fictional roster for first-run demos and training: three made-up district
 * offices ("Mẫu" marks them as samples) with made-up officials. Every record has
 * `demo: true`; the roster HQ publishes replaces it wholesale.
 */
export const DEMO_ROSTER: Roster = {
  source: 'demo',
  version: 'demo-1',
  offices: [
    { code: 'DEMO-HN-01', name: 'BHXH cơ sở Đông Mẫu', province: 'Thành phố Hà Nội', address: 'Số 1 Đường Mẫu, phường Đông Mẫu, Hà Nội (địa chỉ giả định)', demo: true },
    { code: 'DEMO-DN-01', name: 'BHXH cơ sở Hòa Mẫu', province: 'Thành phố Đà Nẵng', address: 'Số 2 Đường Mẫu, phường Hòa Mẫu, Đà Nẵng (địa chỉ giả định)', demo: true },
    { code: 'DEMO-CT-01', name: 'BHXH cơ sở Tây Mẫu', province: 'Thành phố Cần Thơ', address: 'Số 3 Đường Mẫu, phường Tây Mẫu, Cần Thơ (địa chỉ giả định)', demo: true },
  ],
  officials: [
    { id: 'DEMO-HN-01-01', officeCode: 'DEMO-HN-01', fullName: 'Nguyễn Văn An', position: 'Giám đốc', unit: 'Ban Giám đốc', demo: true },
    { id: 'DEMO-HN-01-02', officeCode: 'DEMO-HN-01', fullName: 'Trần Thị Bích Ngọc', position: 'Phó Giám đốc', unit: 'Ban Giám đốc', demo: true },
    { id: 'DEMO-HN-01-03', officeCode: 'DEMO-HN-01', fullName: 'Lê Minh Khoa', position: 'Tổ trưởng Một cửa', unit: 'Bộ phận Một cửa', demo: true },
    { id: 'DEMO-HN-01-04', officeCode: 'DEMO-HN-01', fullName: 'Phạm Thu Hằng', position: 'Chuyên viên tiếp nhận hồ sơ', unit: 'Bộ phận Một cửa', demo: true },
    { id: 'DEMO-HN-01-05', officeCode: 'DEMO-HN-01', fullName: 'Đỗ Quang Huy', position: 'Chuyên viên trả kết quả', unit: 'Bộ phận Một cửa', demo: true },
    { id: 'DEMO-HN-01-06', officeCode: 'DEMO-HN-01', fullName: 'Vũ Thị Lan', position: 'Kế toán', unit: 'Tổ Kế toán', demo: true },
    { id: 'DEMO-HN-01-07', officeCode: 'DEMO-HN-01', fullName: 'Hoàng Đức Thắng', position: 'Cán bộ thu', unit: 'Tổ Thu', demo: true },
    { id: 'DEMO-HN-01-08', officeCode: 'DEMO-HN-01', fullName: 'Bùi Thị Mai Anh', position: 'Cán bộ cấp sổ, thẻ', unit: 'Tổ Cấp sổ thẻ', demo: true },

    { id: 'DEMO-DN-01-01', officeCode: 'DEMO-DN-01', fullName: 'Phan Văn Dũng', position: 'Giám đốc', unit: 'Ban Giám đốc', demo: true },
    { id: 'DEMO-DN-01-02', officeCode: 'DEMO-DN-01', fullName: 'Ngô Thị Thanh Tâm', position: 'Phó Giám đốc', unit: 'Ban Giám đốc', demo: true },
    { id: 'DEMO-DN-01-03', officeCode: 'DEMO-DN-01', fullName: 'Huỳnh Minh Tuấn', position: 'Tổ trưởng Một cửa', unit: 'Bộ phận Một cửa', demo: true },
    { id: 'DEMO-DN-01-04', officeCode: 'DEMO-DN-01', fullName: 'Võ Thị Kim Oanh', position: 'Chuyên viên tiếp nhận hồ sơ', unit: 'Bộ phận Một cửa', demo: true },
    { id: 'DEMO-DN-01-05', officeCode: 'DEMO-DN-01', fullName: 'Đặng Văn Lộc', position: 'Chuyên viên tiếp nhận hồ sơ', unit: 'Bộ phận Một cửa', demo: true },
    { id: 'DEMO-DN-01-06', officeCode: 'DEMO-DN-01', fullName: 'Trương Thị Hồng Nhung', position: 'Kế toán', unit: 'Tổ Kế toán', demo: true },
    { id: 'DEMO-DN-01-07', officeCode: 'DEMO-DN-01', fullName: 'Lương Quốc Bảo', position: 'Cán bộ thu', unit: 'Tổ Thu', demo: true },
    { id: 'DEMO-DN-01-08', officeCode: 'DEMO-DN-01', fullName: 'Mai Thị Diệu Linh', position: 'Cán bộ cấp sổ, thẻ', unit: 'Tổ Cấp sổ thẻ', demo: true },
    { id: 'DEMO-DN-01-09', officeCode: 'DEMO-DN-01', fullName: 'Tạ Văn Phúc', position: 'Chuyên viên giải quyết chế độ BHXH', unit: 'Tổ Chế độ BHXH', demo: true },

    { id: 'DEMO-CT-01-01', officeCode: 'DEMO-CT-01', fullName: 'Lâm Văn Hậu', position: 'Giám đốc', unit: 'Ban Giám đốc', demo: true },
    { id: 'DEMO-CT-01-02', officeCode: 'DEMO-CT-01', fullName: 'Châu Thị Ngọc Hân', position: 'Phó Giám đốc', unit: 'Ban Giám đốc', demo: true },
    { id: 'DEMO-CT-01-03', officeCode: 'DEMO-CT-01', fullName: 'Dương Thanh Sơn', position: 'Tổ trưởng Một cửa', unit: 'Bộ phận Một cửa', demo: true },
    { id: 'DEMO-CT-01-04', officeCode: 'DEMO-CT-01', fullName: 'Kiều Thị Mỹ Duyên', position: 'Chuyên viên tiếp nhận hồ sơ', unit: 'Bộ phận Một cửa', demo: true },
    { id: 'DEMO-CT-01-05', officeCode: 'DEMO-CT-01', fullName: 'Thái Văn Nhân', position: 'Cán bộ thu', unit: 'Tổ Thu', demo: true },
    { id: 'DEMO-CT-01-06', officeCode: 'DEMO-CT-01', fullName: 'Lý Thị Bảo Trân', position: 'Kế toán', unit: 'Tổ Kế toán', demo: true },
    { id: 'DEMO-CT-01-07', officeCode: 'DEMO-CT-01', fullName: 'Quách Minh Trí', position: 'Cán bộ cấp sổ, thẻ', unit: 'Tổ Cấp sổ thẻ', demo: true },
  ],
};
