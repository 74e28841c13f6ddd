-- Products: 'P0000001' style ids continue after the largest numeric suffix already there. Each belongs to one of
-- all the stores now present (those of earlier runs too), or to none when there are no stores at all.
SELECT coalesce(max(substr(product_id, 2)::bigint), 0) AS product_base
FROM public.products
WHERE product_id ~ '^P[0-9]{1,18}$' \gset

DROP TABLE IF EXISTS pg_temp.seed_stores;
CREATE TEMP TABLE seed_stores ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY store_id) AS rn, store_id FROM public.stores;
SELECT count(*) AS store_count FROM seed_stores \gset
ANALYZE seed_stores;

-- Items of each category with their list-price range in won; k numbers them within the category.
DROP TABLE IF EXISTS pg_temp.seed_items;
CREATE TEMP TABLE seed_items ON COMMIT DROP AS
SELECT category_ord, row_number() OVER (PARTITION BY category_ord ORDER BY item COLLATE "C") AS k, item, min_price, max_price
FROM (VALUES
    (1, '무선 이어폰', 29000, 359000), (1, '블루투스 스피커', 19000, 450000), (1, '스마트워치', 59000, 599000),
    (1, '노트북', 590000, 2900000), (1, '태블릿', 250000, 1500000), (1, '보조배터리', 12000, 69000),
    (1, '게이밍 마우스', 19000, 189000), (1, '기계식 키보드', 39000, 289000), (1, '27인치 모니터', 169000, 890000),
    (1, '공기청정기', 99000, 790000),
    (2, '오버핏 후드티', 19000, 129000), (2, '와이드 데님 팬츠', 29000, 159000), (2, '경량 패딩 점퍼', 49000, 299000),
    (2, '라운드 반팔 티셔츠', 9900, 49000), (2, '울 블렌드 코트', 99000, 490000), (2, '트레이닝 조거팬츠', 19000, 89000),
    (2, '니트 가디건', 29000, 139000), (2, '러닝화', 59000, 259000),
    (3, '수분 크림 50ml', 15000, 120000), (3, '선크림 SPF50+', 9900, 39000), (3, '쿠션 팩트', 15000, 69000),
    (3, '클렌징 폼', 6900, 25000), (3, '시트 마스크 10매', 9900, 35000), (3, '립 틴트', 7900, 32000),
    (3, '비타민C 세럼', 15000, 89000), (3, '토너 패드', 12000, 39000),
    (4, '햇반 210g 24개', 19000, 32000), (4, '라면 멀티팩', 3900, 9900), (4, '왕교자 만두 1kg', 7900, 15900),
    (4, '국산콩 두부', 1900, 4900), (4, '참치 선물세트', 19000, 69000), (4, '포기김치 5kg', 19000, 45000),
    (4, '닭가슴살 30팩', 29000, 59000), (4, '제주 감귤 5kg', 15000, 39000), (4, '한우 불고기 600g', 29000, 79000),
    (5, '물티슈 100매 10팩', 9900, 19900), (5, '3겹 화장지 30롤', 15900, 32900), (5, '주방세제 1L', 2900, 9900),
    (5, '섬유유연제 3L', 6900, 19900), (5, '밀폐용기 세트', 12900, 59000), (5, '극세사 수건 5장', 9900, 29000),
    (5, '칫솔 10입', 4900, 15900),
    (6, '원목 책상', 89000, 590000), (6, '패브릭 소파', 290000, 1590000), (6, '메모리폼 매트리스', 159000, 990000),
    (6, '사무용 의자', 59000, 690000), (6, 'LED 스탠드', 19000, 129000), (6, '수납 선반', 19000, 159000),
    (6, '암막 커튼', 15900, 89000),
    (7, '캠핑 의자', 19000, 189000), (7, '요가 매트', 9900, 79000), (7, '덤벨 세트', 29000, 199000),
    (7, '등산 배낭 40L', 49000, 289000), (7, '자전거 헬멧', 29000, 159000), (7, '텐트 4인용', 99000, 890000),
    (7, '폼롤러', 9900, 39000),
    (8, '장편소설', 13000, 19800), (8, '에세이', 12000, 18500), (8, '자기계발서', 14000, 22000),
    (8, '파이썬 입문서', 22000, 36000), (8, '자바 프로그래밍', 28000, 45000), (8, '요리책', 16000, 28000),
    (8, '그림책', 11000, 18000),
    (9, '강아지 사료 2kg', 15900, 59000), (9, '고양이 모래 10L', 9900, 29000), (9, '고양이 간식 20개입', 6900, 15900),
    (9, '강아지 배변패드 100매', 9900, 25900), (9, '캣타워', 39000, 259000), (9, '펫 방석', 15900, 69000),
    (10, '블록 세트', 19000, 299000), (10, 'RC카', 29000, 159000), (10, '보드게임', 19000, 79000),
    (10, '프라모델', 15000, 129000), (10, '퍼즐 1000피스', 12900, 29900), (10, '인형', 9900, 49000)
) AS i(category_ord, item, min_price, max_price);
ANALYZE seed_items;

-- Categories: weight (share of the catalog), brands, variants, and how many items seed_items has for each.
DROP TABLE IF EXISTS pg_temp.seed_categories;
CREATE TEMP TABLE seed_categories ON COMMIT DROP AS
SELECT ord, category, weight, brands, variants,
       (SELECT count(*) FROM seed_items WHERE category_ord = ord) AS item_count
FROM (VALUES
    (1, '전자기기', 14, ARRAY['삼성전자', 'LG전자', '애플', '샤오미', '소니', '로지텍', '앤커'],
        ARRAY['블랙', '화이트', '실버', '2025 신형', '정품', '']),
    (2, '패션의류', 16, ARRAY['나이키', '아디다스', '유니클로', '무신사 스탠다드', '뉴발란스', '노스페이스', '스파오'],
        ARRAY['S', 'M', 'L', 'XL', '블랙', '네이비', '그레이']),
    (3, '뷰티', 12, ARRAY['설화수', '라네즈', '이니스프리', '아모레퍼시픽', '에뛰드', '닥터자르트', '메디힐'],
        ARRAY['', '기획세트', '1+1', '대용량']),
    (4, '식품', 18, ARRAY['CJ제일제당', '농심', '오뚜기', '풀무원', '동원', '비비고', '하림'],
        ARRAY['', '', '대용량', '선물세트']),
    (5, '생활용품', 12, ARRAY['유한킴벌리', 'LG생활건강', '피죤', '3M', '락앤락', '깨끗한나라'],
        ARRAY['', '대용량', '리필', '세트']),
    (6, '가구/인테리어', 6, ARRAY['한샘', '이케아', '리바트', '까사미아', '시디즈'],
        ARRAY['화이트', '오크', '그레이', '']),
    (7, '스포츠/레저', 7, ARRAY['코베아', '데카트론', '아디다스', '나이키', '제스파'],
        ARRAY['블랙', '블루', '레드', '']),
    (8, '도서', 6, ARRAY['민음사', '창비', '문학동네', '위즈덤하우스', '한빛미디어', '길벗'],
        ARRAY['', '', '개정판', '특별판']),
    (9, '반려동물', 5, ARRAY['로얄캐닌', 'ANF', '하림펫푸드', '오리젠', '네츄럴코어'],
        ARRAY['', '대용량', '소형견용', '성묘용']),
    (10, '완구/취미', 4, ARRAY['레고', '손오공', '영실업', '반다이'],
        ARRAY['', '한정판', '신제품'])
) AS c(ord, category, weight, brands, variants);
ANALYZE seed_categories;
