package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCompareNamesThirdRound: the rules of the third round (model endings and modifiers, grades
// written with a plus on one side, generation numbers, compound heads, parts after a measure,
// type words, descriptive size words), one case each on names of no table.
func TestCompareNamesThirdRound(t *testing.T) {
	tests := []nameCase{
		{"one number with another letter ending", "아스트록스 77D 배드민턴 라켓 / 4U5", "아스트록스 77S 배드민턴 라켓 4U5", order.Block, KindModel, "77D", "77S"},
		{"a letter ending against the bare number asks", "보네이도 서큘레이터 660 / 화이트", "보네이도 660DC 서큘레이터 화이트", order.Warn, KindModel, "660", "660DC"},
		{"a series' letters glued to a code", "다이와 스피닝릴 LT 2500-XH", "DAIWA 다이와 LT2500-XH 스피닝릴", "", "", "", ""},
		{"a plus on one side is another grade", "필라멘트 PETG+ / 1kg 블랙", "필라멘트 PETG 1kg 블랙", order.Block, KindGrade, "PETG+", "PETG"},
		{"a plus written as a word", "필라멘트 PETG+ / 1kg 블랙", "필라멘트 PETG PLUS 1kg 검정", "", "", "", ""},
		{"Ti after a model number", "이엠텍 지포스 RTX 3070 / 8GB", "이엠텍 지포스 RTX 3070 Ti 8GB", order.Block, KindModel, "3070", "3070 Ti"},
		{"SUPER after a model number", "MSI 지포스 RTX 2060 SUPER 벤투스 / 8GB", "MSI 지포스 RTX 2060 벤투스 8GB", order.Block, KindModel, "2060 SUPER", "2060"},
		{"a modifier after a Latin line name", "오클리 FLIGHT DECK 고글 / 블랙", "오클리 FLIGHT DECK XL 고글 블랙", order.Block, KindModel, "DECK", "DECK XL"},
		{"a modifier written in the other script", "딥쿨 AG400 쿨러 / 블랙", "DEEPCOOL AG400 모노 쿨러 블랙", order.Block, KindModel, "AG400", "AG400 모노"},
		{"DIGITAL written 디지털 on the other side", "딥쿨 AG400 DIGITAL 쿨러 / 블랙", "딥쿨 AG400 디지털 CPU쿨러 블랙", "", "", "", ""},
		{"a modifier both names write, glued on one", "미쉐린 파일럿 스포츠 EVO 4 / 245/40R18", "미쉐린 파일럿 스포츠 evo4 245/40 R18", "", "", "", ""},
		{"an air circulator is no Air model", "보네이도 서큘레이터 533 / 화이트", "Vornado 보네이도 533 에어 서큘레이터 흰색", "", "", "", ""},
		{"a generation glued to a name", "코보 전자책 리더기 클라라 / 블랙", "코보 전자책 리더기 클라라2 블랙", order.Block, KindModel, "클라라", "클라라2"},
		{"a generation in native numerals", "자우림 정규 앨범 음반 / 1장", "자우림 정규 앨범 셋 음반 1장", order.Block, KindModel, "앨범", "앨범 셋"},
		{"a Roman numeral is the number", "앱코 해커 키보드 클래식 II / 블랙", "앱코 해커 키보드 클래식2 검정", "", "", "", ""},
		{"a number after the brand is a year model", "시마노 세도나 스피닝릴 / 2500", "SHIMANO 시마노 23 세도나 스피닝릴 2500", "", "", "", ""},
		{"the head of a compound decides", "성심당 정통소보로빵 / 5개", "성심당 정통 단팥빵 5개", order.Warn, KindWord, "정통소보로빵", "단팥빵"},
		{"a compound of two words the other writes apart", "성심당 정통소보로빵 / 5개", "성심당 정통 소보로빵 5개", "", "", "", ""},
		{"a part after a plus that starts with a measure", "엡손 빔프로젝터 EF-21 / 단품", "엡손 EF-21 빔프로젝터 + 80인치 삼각대 세트", order.Block, KindBundle, "", "삼각대"},
		{"two type words wherever they stand", "위니아 제습기 벽걸이형 / 10L", "위니아 이동식 제습기 10L", order.Warn, KindWord, "벽걸이형", "이동식"},
		{"one syllable's consonant makes another word", "캐리어 소형 김치냉장고 / 120L", "캐리어 소형 김치냉동고 120L", order.Warn, KindWord, "김치냉장고", "김치냉동고"},
		{"x before a hyphen and a digit starts a code", "타미야 에나멜 도료 / X-2 화이트 10ml", "타미야 에나멜 도료 XF-2 화이트 10ml", order.Warn, KindModel, "X-2", "XF-2"},
		{"x between numbers still multiplies", "물티슈 / 100매 x 10팩", "물티슈 100매 10팩", "", "", "", ""},
		{"a measure's unit left out beside another measure", "요넥스 BG80 스트링 / 0.68mm 10m", "YONEX 요넥스 BG80 배드민턴 스트링 0.68 10M", "", "", "", ""},
		{"another number is still another measure", "요넥스 BG80 스트링 / 0.68mm 10m", "요넥스 BG80 스트링 0.70mm 10m", order.Block, KindLength, "0.68mm", "0.70mm"},
		{"미니 before a noun describes the size", "신일 소형 제습기 / 2L 화이트", "SHINIL 신일 미니 원룸 제습기 2리터 흰색", "", "", "", ""},
		{"미니 after a name is a model", "애플 아이패드 / 64GB 스페이스그레이", "애플 아이패드 미니 64GB 스페이스그레이", order.Block, KindVariant, "", "미니"},
		{"미니 before a number is a model", "DJI 에어 3 드론 / 기본", "DJI 미니 3 드론 기본", order.Block, KindVariant, "", "미니"},
		{"a ratio is no count", "엘지 모니터 27인치 / 16:9", "LG 모니터 27인치 와이드 16대9", "", "", "", ""},
		{"a 타 is a dozen", "캘러웨이 골프공 / 12개", "캘러웨이 골프공 1타", "", "", "", ""},
		{"balls of yarn are counted", "쎄비 뜨개실 / 50g 5볼", "쎄비 뜨개실 50g 6볼", order.Block, KindCount, "5개", "6개"},
		{"the basic package against a combo", "고프로 히어로12 액션캠 / 기본", "고프로 히어로12 액션캠 콤보", order.Block, KindPackage, "기본", "콤보"},
		{"the basic package beside a word of the other name", "인스타360 X3 / 기본 구성", "Insta360 인스타360 X3 액션캠 단품", "", "", "", ""},
		{"two materials", "빈폴 남성 벨트 / 가죽 110cm", "빈폴 남성 벨트 캔버스 110cm", order.Block, KindMaterial, "가죽", "캔버스"},
		{"a material in another script", "닥스 여성 머플러 / 캐시미어 베이지", "DAKS 닥스 여성 목도리 cashmere 베이지", "", "", "", ""},
		{"a material said on one side beside another word", "빈폴 남성 벨트 / 블랙 110cm", "빈폴 남자 레더 정장 벨트 검정 110", "", "", "", ""},
		{"a compound of a material written two ways", "한일 탄소섬유 매트 / 싱글", "한일 카본매트 싱글", "", "", "", ""},
		{"a pattern in three forms", "닥스 넥타이 / 네이비 스트라이프", "DAKS 닥스 타이 남색 줄무늬", "", "", "", ""},
		{"two patterns", "닥스 넥타이 / 네이비 스트라이프", "닥스 넥타이 네이비 도트", order.Block, KindPattern, "스트라이프", "도트"},
		{"a colour the catalogue adds to an option of quantities", "쿠쿠 전기밥솥 CRP-P0660 / 6인용", "쿠쿠 6인용 전기밥솥 CRP-P0660 화이트", "", "", "", ""},
		{"a colour added to an option that names something else", "기계식 키보드 / 갈축", "기계식 키보드 갈축 화이트", order.Block, KindColor, "", "화이트"},
		{"an edition on one side", "문학동네 어린왕자 / 1권", "어린왕자 (문학동네) 생텍쥐페리 소장판", order.Block, KindEdition, "", "소장판"},
		{"self-installed is not installed by the shop", "삼성 도어록 SHP-DP609 / 자가설치", "삼성 도어록 SHP-DP609 방문설치", order.Block, KindInstall, "자가설치", "방문설치"},
		{"two words for self-installed", "삼성 도어록 SHP-DP609 / 자가설치", "SAMSUNG 삼성 SHP-DP609 번호키 셀프설치", "", "", "", ""},
		{"a word both names write is not the sound of a one-sided word", "애플 아이폰 15 / 128GB 블랙", "애플 아이폰 15 Plus 128GB 블랙", order.Block, KindVariant, "", "Plus"},
		{"a one-sided word in the other script still sounds", "아이폰 15 플러스 / 128GB", "iPhone 15 Plus 128GB", "", "", "", ""},
		{"a loanword is not a spelling of a word both names write", "폴바셋 원두 / 시그니처 블렌드 1kg", "폴바셋 원두 베란다 블렌드 1kg", order.Warn, KindWord, "시그니처", "베란다"},
		{"a silent edition after a code", "로지텍 무선 마우스 M240 / 그래파이트", "로지텍 무선 마우스 M240 사일런트 그래파이트", order.Block, KindModel, "M240", "M240 사일런트"},
		{"a version on one side", "요넥스 이존 100 테니스 라켓 / G2", "요넥스 이존 100 V7 테니스 라켓 G2", order.Block, KindModel, "", "V7"},
		{"a version written glued", "타이틀리스트 PRO V1 골프공 / 12구", "타이틀리스트 프로V1 골프볼 12구", "", "", "", ""},
		{"AIR in Latin letters after a code", "시디즈 의자 T40 / 블랙", "시디즈 의자 T40 AIR 블랙", order.Block, KindModel, "T40", "T40 AIR"},
		{"two sizes of two dimensions", "3M 포스트잇 노트 / 51x76 노랑", "3M 포스트잇 노트 51x102 노랑", order.Block, KindLength, "76", "102"},
		{"a size and its width alone", "한샘 책상 / 1200x600 화이트", "한샘 책상 1200 화이트", "", "", "", ""},
		{"a Hangul name with a plus", "바이오더마 시카비오 크림 / 40ml", "바이오더마 시카비오+ 크림 40ml", order.Block, KindGrade, "시카비오", "시카비오+"},
		{"a plus written as a word after a Hangul name", "바이오더마 시카비오+ 크림 / 40ml", "바이오더마 시카비오 플러스 크림 40ml", "", "", "", ""},
		{"parts joined by a plus are not an edition", "샤워기 / 헤드+필터", "샤워기 헤드+필터 세트", "", "", "", ""},
		{"a kind of goods before a word of the other name", "비비고 설렁탕 / 500g 6개", "비비고 한우설렁탕 500g 6개", order.Block, KindGoods, "설렁탕", "한우설렁탕"},
		{"a long counter written apart is a word", "슈피겐 갤럭시 S23 케이스 / 블랙", "슈피겐 갤럭시 S23 울트라하이브리드 케이스 블랙", "", "", "", ""},
		{"a model number before a case written apart", "슈피겐 아이폰 14 케이스 / 블랙", "Spigen 슈피겐 아이폰14 케이스 블랙", "", "", "", ""},
		{"a counter glued to its number still counts", "밀폐용기 / 2케이스", "밀폐용기 3케이스", order.Block, KindCount, "2개", "3개"},
		{"memory and storage against memory", "삼성 갤럭시북4 / i5 16GB", "삼성전자 갤럭시북4 코어i5 16GB 256GB", "", "", "", ""},
		{"another storage beside the same memory", "삼성 갤럭시북4 / i5 16GB 512GB", "삼성 갤럭시북4 i5 16GB 256GB", order.Block, KindStorage, "512GB", "256GB"},
		{"the end of a code is no count", "일리 캡슐머신 Y5.5 / 블랙", "illy 일리 Y5.5 캡슐 커피머신 블랙", "", "", "", ""},
		{"exposures of a film are counted", "후지 필름 C200 / 36컷 2롤", "후지필름 C200 135 필름 36매 2개", "", "", "", ""},
		{"a colour the catalogue adds to an option of a model code", "로보락 로봇청소기 / Q7", "Roborock 로보락 로봇청소기 Q7 화이트", "", "", "", ""},
		{"AIR after a name written 에어 on the other side", "LG gram AIR 노트북 / 16GB", "LG gram 에어 노트북 16GB", "", "", "", ""},
		{"a Hangul modifier before a noun describes it", "게이트맨 WV-40 디지털 도어락 / 자가설치", "게이트맨 WV40 번호키 도어록 셀프설치", "", "", "", ""},
		{"two sizes of fruit", "성주 참외 / 3kg 대과", "성주 꿀참외 3kg 중과", order.Block, KindSize, "대과", "중과"},
		{"two sides of a car", "보쉬 와이퍼 / 600mm 운전석", "보쉬 와이퍼 600mm 조수석", order.Block, KindSide, "운전석", "조수석"},
		{"a side in another word", "보쉬 와이퍼 / 600mm 운전석", "BOSCH 보쉬 와이퍼 600mm 좌측", "", "", "", ""},
		{"two resolutions", "LG 모니터 27인치 / QHD", "LG 모니터 27인치 FHD", order.Block, KindScreen, "QHD", "FHD"},
		{"two fits", "무신사 스탠다드 셔츠 / 오버핏 블루 L", "무신사 스탠다드 셔츠 슬림핏 블루 L", order.Block, KindFit, "오버핏", "슬림핏"},
		{"long is not short", "디스커버리 패딩 / 롱 블랙 L", "디스커버리 패딩 숏 블랙 L", order.Block, KindCut, "롱", "숏"},
		{"low fat is not fat free", "서울우유 / 저지방 1L", "서울우유 무지방 1L", order.Block, KindFat, "저지방", "무지방"},
		{"a fit said on one side describes", "무신사 스탠다드 셔츠 / 블루 L", "무신사 스탠다드 오버핏 셔츠 블루 L", "", "", "", ""},
		{"a generation written in Korean", "뱅앤올룹슨 베오플레이 A1 Gen2 / 블랙", "뱅앤올룹슨 베오플레이 A1 2세대 블랙", "", "", "", ""},
	}
	runNameCases(t, tests)
}

// TestThirdRoundReadings: the new differences explain themselves in Korean with the attribute
// and both readings.
func TestThirdRoundReadings(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"조텍 지포스 RTX 3060 트윈엣지 / 8GB", "조텍 지포스 RTX 3060 Ti 트윈엣지 8GB", "모델 3060 ↔ 3060 Ti"},
		{"필라멘트 PETG+ / 1kg 블랙", "필라멘트 PETG 1kg 블랙", "등급 PETG+ ↔ PETG"},
		{"코보 전자책 리더기 클라라 / 블랙", "코보 전자책 리더기 클라라2 블랙", "모델 클라라 ↔ 클라라2"},
		{"요넥스 이존 100 테니스 라켓 / G2", "요넥스 이존 100 V7 테니스 라켓 G2", "모델 표기 없음 ↔ V7"},
		{"빈폴 남성 벨트 / 가죽 110cm", "빈폴 남성 벨트 캔버스 110cm", "소재 가죽 ↔ 캔버스"},
		{"삼성 도어록 SHP-DP609 / 자가설치", "삼성 도어록 SHP-DP609 방문설치", "설치 자가설치 ↔ 방문설치"},
	})
}
