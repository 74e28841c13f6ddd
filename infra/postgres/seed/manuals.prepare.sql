-- Manuals: ids continue after the largest existing id; each belongs to one of all the stores now present.
SELECT coalesce(max(id), 0) AS manual_base FROM public.manuals \gset

DROP TABLE IF EXISTS pg_temp.seed_manual_stores;
CREATE TEMP TABLE seed_manual_stores ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY store_id) AS rn, store_id, name FROM public.stores;
SELECT count(*) AS manual_store_count FROM seed_manual_stores \gset
SELECT pg_temp.fail('manuals belong to stores, and there are none (seed some with --stores)')
WHERE :manual_store_count = 0;

-- Topics: a title and the sentence that opens the body.
DROP TABLE IF EXISTS pg_temp.seed_manual_topics;
CREATE TEMP TABLE seed_manual_topics ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY ord) AS rn, topic, opening
FROM (VALUES
    (1, '오픈 준비 체크리스트', '매장 오픈 30분 전까지 조명, 냉장 설비, POS 단말기 전원을 차례로 켭니다.'),
    (2, '마감 정산 절차', '마감 시간에는 POS 매출 합계와 현금 시재를 대조하고 차액을 정산표에 기록합니다.'),
    (3, '냉장·냉동 온도 관리', '냉장은 0~5도, 냉동은 영하 18도 이하를 유지하며 하루 세 번 온도를 기록합니다.'),
    (4, '환불·교환 응대', '환불은 영수증과 결제 수단을 확인한 뒤 원 결제 수단으로만 처리합니다.'),
    (5, '배달 주문 접수', '배달 앱 주문은 접수 후 3분 안에 수락하고 예상 조리 시간을 입력합니다.'),
    (6, '신규 직원 온보딩', '신규 직원은 첫 주에 선임과 함께 근무하며 이 매뉴얼의 모든 항목을 실습합니다.'),
    (7, '재고 실사', '재고 실사는 매월 마지막 영업일 마감 후 진행하고 전산 재고와 차이를 보고합니다.'),
    (8, '위생 점검 기준', '조리 구역에 들어가기 전 손 씻기와 위생모, 앞치마 착용을 반드시 확인합니다.'),
    (9, 'POS 오류 대응', 'POS가 멈추면 먼저 네트워크 상태를 확인하고, 5분 이상 지속되면 본사 헬프데스크에 연락합니다.'),
    (10, '화재·비상 대피', '화재 경보가 울리면 고객을 비상구로 안내하고 소화기 위치를 다시 확인합니다.'),
    (11, '카드 결제 오류 대응', '카드 승인이 거절되면 다른 결제 수단을 안내하고, 중복 승인 여부를 단말기에서 조회합니다.'),
    (12, '유통기한 관리', '선입선출 원칙에 따라 유통기한이 짧은 상품을 앞쪽에 진열합니다.'),
    (13, '진열 기준', '행사 상품은 입구 쪽 매대에, 무거운 상품은 하단 선반에 진열합니다.'),
    (14, '분실물 처리', '분실물은 습득 일시와 장소를 기록해 보관함에 두고 7일이 지나면 경찰서에 인계합니다.'),
    (15, '고객 불만 응대', '불만 고객에게는 먼저 사과하고 사실 관계를 확인한 뒤 처리 결과를 안내합니다.'),
    (16, '택배 발송 마감', '택배 발송 마감은 오후 4시이며, 그 이후 주문은 다음 영업일에 출고합니다.')
) AS t(ord, topic, opening);
SELECT count(*) AS manual_topic_count FROM seed_manual_topics \gset

-- Sentences that fill the rest of a body.
DROP TABLE IF EXISTS pg_temp.seed_manual_sentences;
CREATE TEMP TABLE seed_manual_sentences ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY ord) AS rn, sentence
FROM (VALUES
    (1, '모든 작업은 점검표에 담당자 이름과 시간을 남깁니다.'),
    (2, '예외 상황은 점장에게 즉시 보고하고, 점장이 부재중이면 본사 운영팀에 연락합니다.'),
    (3, '고객 응대 시에는 존댓말을 사용하고 개인정보를 큰 소리로 말하지 않습니다.'),
    (4, '주말과 공휴일에는 방문객이 많으므로 인원을 한 명 더 배치합니다.'),
    (5, '사용한 장비는 제자리에 두고, 고장 난 장비에는 사용 금지 표시를 붙입니다.'),
    (6, '교대 시 인수인계 노트에 미처리 주문과 특이 사항을 적습니다.'),
    (7, '현금은 금고에 보관하며 금고 비밀번호는 점장과 부점장만 알고 있습니다.'),
    (8, '카드 단말기 영수증 용지는 항상 두 롤 이상 여분을 둡니다.'),
    (9, '청소는 영업 종료 후 바닥, 매대, 계산대 순서로 진행합니다.'),
    (10, '본 매뉴얼은 분기마다 개정되며, 개정 내용은 직원 단체방에 공지합니다.'),
    (11, '문의가 많은 내용은 FAQ 게시판에 정리해 두었습니다.'),
    (12, '안전사고가 발생하면 119에 먼저 신고하고 사고 경위서를 작성합니다.'),
    (13, '온라인 주문 상품은 픽업 선반에 주문번호 순으로 보관합니다.'),
    (14, '행사 가격은 POS에 반영되었는지 오픈 전에 샘플 상품으로 확인합니다.'),
    (15, '냉장 설비 이상 시 상품을 예비 냉장고로 옮기고 설비 업체에 연락합니다.'),
    (16, '직원 휴게 시간은 2시간 근무마다 15분이며, 교대로 사용합니다.'),
    (17, '포인트 적립 누락 문의는 영수증을 확인한 뒤 관리자 화면에서 수동 적립합니다.'),
    (18, '위반 사항이 반복되면 인사 평가에 반영될 수 있습니다.')
) AS s(ord, sentence);
SELECT count(*) AS manual_sentence_count FROM seed_manual_sentences \gset
ANALYZE seed_manual_stores;
