-- Products: 'P0000001' style ids continue after the largest numeric suffix already there. Each belongs to one of
-- all the stores now present (those of earlier runs too), or to none when there are no stores at all.
SELECT coalesce(max(substr(product_id, 2)::bigint), 0) AS product_base
FROM public.products
WHERE product_id ~ '^P[0-9]{1,18}$' \gset

DROP TABLE IF EXISTS pg_temp.seed_stores;
CREATE TEMP TABLE seed_stores ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY store_id) AS rn, store_id, name FROM public.stores;
SELECT count(*) AS store_count FROM seed_stores \gset
ANALYZE seed_stores;

-- The product vocabulary: category with its weight, brands, items, variants and list-price range (won).
DROP TABLE IF EXISTS pg_temp.seed_categories;
CREATE TEMP TABLE seed_categories ON COMMIT DROP AS
SELECT ord, category, weight, brands, items, variants, min_price, max_price
FROM (VALUES
    (1, '전자기기', 14,
     ARRAY['삼성전자', 'LG전자', '애플', '샤오미', '소니', '로지텍', '앤커'],
     ARRAY['무선 이어폰', '블루투스 스피커', '스마트워치', '노트북', '태블릿', '보조배터리', '게이밍 마우스',
           '기계식 키보드', '27인치 모니터', '공기청정기'],
     ARRAY['블랙', '화이트', '실버', '2025 신형', '정품', '프로'], 19000, 2500000),
    (2, '패션의류', 16,
     ARRAY['나이키', '아디다스', '유니클로', '무신사 스탠다드', '뉴발란스', '노스페이스', '스파오'],
     ARRAY['오버핏 후드티', '와이드 데님 팬츠', '경량 패딩 점퍼', '라운드 반팔 티셔츠', '울 블렌드 코트',
           '트레이닝 조거팬츠', '니트 가디건', '러닝화'],
     ARRAY['S', 'M', 'L', 'XL', '블랙', '네이비', '그레이'], 9900, 390000),
    (3, '뷰티', 12,
     ARRAY['설화수', '라네즈', '이니스프리', '아모레퍼시픽', '에뛰드', '닥터자르트', '메디힐'],
     ARRAY['수분 크림', '선크림 SPF50+', '쿠션 팩트', '클렌징 폼', '시트 마스크 10매', '립 틴트', '비타민C 세럼',
           '토너 패드'],
     ARRAY['50ml', '100ml', '기획세트', '1+1', '대용량'], 8000, 180000),
    (4, '식품', 18,
     ARRAY['CJ제일제당', '농심', '오뚜기', '풀무원', '동원', '비비고', '하림'],
     ARRAY['햇반 210g 24개', '라면 멀티팩', '왕교자 만두', '국산콩 두부', '참치 선물세트', '포기김치 5kg',
           '닭가슴살 30팩', '제주 감귤 5kg', '한우 불고기 600g'],
     ARRAY['', '대용량', '선물세트', '무료배송'], 3900, 150000),
    (5, '생활용품', 12,
     ARRAY['유한킴벌리', 'LG생활건강', '피죤', '3M', '락앤락', '깨끗한나라'],
     ARRAY['물티슈 100매 10팩', '3겹 화장지 30롤', '주방세제 리필', '섬유유연제', '밀폐용기 세트',
           '극세사 수건 5장', '칫솔 10입'],
     ARRAY['', '대용량', '리필', '세트'], 2900, 60000),
    (6, '가구/인테리어', 6,
     ARRAY['한샘', '이케아', '리바트', '까사미아', '시디즈'],
     ARRAY['원목 책상', '패브릭 소파', '메모리폼 매트리스', '사무용 의자', 'LED 스탠드', '수납 선반', '암막 커튼'],
     ARRAY['화이트', '오크', '그레이', '1인용', '2인용'], 15000, 1200000),
    (7, '스포츠/레저', 7,
     ARRAY['코베아', '데카트론', '아디다스', '나이키', '제스파'],
     ARRAY['캠핑 의자', '요가 매트', '덤벨 세트', '등산 배낭 40L', '자전거 헬멧', '텐트 4인용', '폼롤러'],
     ARRAY['블랙', '블루', '레드', '라지'], 9900, 600000),
    (8, '도서', 6,
     ARRAY['민음사', '창비', '문학동네', '위즈덤하우스', '한빛미디어', '길벗'],
     ARRAY['장편소설', '에세이', '자기계발서', '파이썬 입문서', '자바 프로그래밍', '요리책', '그림책'],
     ARRAY['', '개정판', '특별판', '양장본'], 9800, 45000),
    (9, '반려동물', 5,
     ARRAY['로얄캐닌', 'ANF', '하림펫푸드', '오리젠', '네츄럴코어'],
     ARRAY['강아지 사료 2kg', '고양이 모래 10L', '고양이 간식 20개입', '강아지 배변패드', '캣타워', '펫 방석'],
     ARRAY['', '대용량', '소형견용', '성묘용'], 5900, 180000),
    (10, '완구/취미', 4,
     ARRAY['레고', '손오공', '영실업', '반다이'],
     ARRAY['블록 세트', 'RC카', '보드게임', '프라모델', '퍼즐 1000피스', '인형'],
     ARRAY['', '한정판', '신제품'], 9900, 350000)
) AS c(ord, category, weight, brands, items, variants, min_price, max_price);

ANALYZE seed_categories;
