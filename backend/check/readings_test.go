package check

import "testing"

// TestReadingsNameTheAttribute: the differences explain themselves in Korean with the attribute and
// both readings.
func TestReadingsNameTheAttribute(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"조텍 지포스 RTX 3060 트윈엣지 / 8GB", "조텍 지포스 RTX 3060 Ti 트윈엣지 8GB", "모델 3060 ↔ 3060 Ti"},
		{"필라멘트 PETG+ / 1kg 블랙", "필라멘트 PETG 1kg 블랙", "등급 PETG+ ↔ PETG"},
		{"코보 전자책 리더기 클라라 / 블랙", "코보 전자책 리더기 클라라2 블랙", "모델 클라라 ↔ 클라라2"},
		{"요넥스 이존 100 테니스 라켓 / G2", "요넥스 이존 100 V7 테니스 라켓 G2", "모델 표기 없음 ↔ V7"},
		{"빈폴 남성 벨트 / 가죽 110cm", "빈폴 남성 벨트 캔버스 110cm", "소재 가죽 ↔ 캔버스"},
		{"삼성 도어록 SHP-DP609 / 자가설치", "삼성 도어록 SHP-DP609 방문설치", "설치 자가설치 ↔ 방문설치"},
		{"디올 어딕트 립 글로우 / 001 핑크", "디올 어딕트 립 글로우 오일 001 핑크", "제품 형태·용도 표기 없음 ↔ 오일"},
		{"노스페이스 장갑 / 블랙 M", "노스페이스 키즈 장갑 블랙 M", "사용 대상 표기 없음 ↔ 키즈"},
		{"더블하트 젖병 / 240ml 트윈팩", "더블하트 젖병 240ml 1개", "수량 2개 ↔ 1개"},
		{"델 모니터 U2724D / 27인치", "델 모니터 U2724DE 27인치", "모델 U2724D ↔ U2724DE"},
		{"현대일렉트릭 멀티탭 / 접지 4구", "현대일렉트릭 멀티탭 비접지 4구", "반대 속성 접지 ↔ 비접지"},
		{"테팔 냄비 / 인덕션 20cm", "테팔 냄비 20cm 가스 전용", "사용 열원 인덕션 ↔ 가스 전용"},
		{"로레알 맨 클렌징폼 / 150ml", "로레알 클렌징폼 여성용 150ml", "사용 대상 맨 ↔ 여성용"},
	})
}
