-- The default proficiency scale (1-5) and competency groups every organisation starts with; HR can
-- rename them.
insert into proficiency_level (level, label_en, label_vi, label_zh, description_en, description_vi, description_zh) values
    (1, 'Awareness', 'Nhận biết', '了解',
        'Knows the basic concepts and where to find help.',
        'Biết các khái niệm cơ bản và biết tìm trợ giúp ở đâu.',
        '了解基本概念，知道在哪里寻求帮助。'),
    (2, 'Basic', 'Cơ bản', '基础',
        'Applies the competency in simple, familiar situations with guidance.',
        'Áp dụng năng lực trong các tình huống đơn giản, quen thuộc khi có hướng dẫn.',
        '在指导下能在简单、熟悉的情境中运用该能力。'),
    (3, 'Intermediate', 'Trung cấp', '中级',
        'Applies the competency independently in most situations.',
        'Tự áp dụng năng lực trong hầu hết các tình huống.',
        '能在大多数情境中独立运用该能力。'),
    (4, 'Advanced', 'Nâng cao', '高级',
        'Handles complex situations and guides others.',
        'Xử lý các tình huống phức tạp và hướng dẫn người khác.',
        '能处理复杂情境并指导他人。'),
    (5, 'Expert', 'Chuyên gia', '专家',
        'Sets the standard, innovates and is sought out across the organisation.',
        'Đặt ra chuẩn mực, đổi mới và được cả tổ chức tìm đến.',
        '树立标准、推动创新，是全组织公认的专家。');

insert into competency_group (code, name_en, name_vi, name_zh, position) values
    ('GENERAL', 'General', 'Năng lực chung', '通用能力', 1),
    ('PROFESSIONAL', 'Professional', 'Năng lực chuyên môn', '专业能力', 2),
    ('LEADERSHIP', 'Leadership', 'Năng lực lãnh đạo', '领导能力', 3);
