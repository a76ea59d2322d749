package naversim

import (
	"fmt"
	"math/rand/v2"
)

// Realistic, seeded Korean shop data for the simulated store.

var surnames = []string{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"}

var givenNames = []string{
	"민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우",
	"서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지유", "채원",
}

type place struct {
	base string
	zip  string
}

var places = []place{
	{"서울특별시 강남구 테헤란로 152", "06236"},
	{"서울특별시 마포구 월드컵북로 396", "03925"},
	{"서울특별시 송파구 올림픽로 300", "05551"},
	{"서울특별시 관악구 관악로 1", "08826"},
	{"경기도 성남시 분당구 불정로 6", "13561"},
	{"경기도 수원시 영통구 삼성로 129", "16677"},
	{"경기도 고양시 일산동구 중앙로 1275", "10401"},
	{"부산광역시 해운대구 센텀중앙로 79", "48058"},
	{"부산광역시 부산진구 중앙대로 672", "47297"},
	{"인천광역시 연수구 컨벤시아대로 165", "21998"},
	{"대구광역시 수성구 달구벌대로 2450", "42110"},
	{"대전광역시 유성구 대학로 99", "34134"},
	{"광주광역시 북구 용봉로 77", "61186"},
	{"제주특별자치도 제주시 첨단로 242", "63309"},
}

var details = []string{
	"101동 1203호", "3층 301호", "B동 502호", "2층", "상가 1층 편의점 옆", "빌라 201호", "1층 경비실 맡겨주세요", "407호",
}

var memos = []string{
	"", "", "문 앞에 놓아주세요", "부재 시 경비실에 맡겨주세요", "배송 전 연락 바랍니다", "파손 주의 부탁드려요", "공동현관 비밀번호 #1234",
}

type product struct {
	id, name, code string
	price          int64
	options        []option
}

type option struct {
	name, code, manageCode string
	extra                  int64
}

var catalog = []product{
	{"8800120001", "구운 캐슈넛 160g", "NUT-CASHEW-160", 8900, nil},
	{"8800120002", "레몬 가루 150g", "LEMON-PWD-150", 6500, []option{
		{"수량: 1개", "30001", "LEMON-PWD-150-1", 0},
		{"수량: 150g x 3개", "30002", "LEMON-PWD-150-3", 11000},
	}},
	{"8800120003", "기초 스킨케어 세트", "SKIN-BASIC-SET", 32000, []option{
		{"타입: 건성", "30011", "SKIN-SET-DRY", 0},
		{"타입: 지성", "30012", "SKIN-SET-OILY", 0},
	}},
	{"8800120004", "면 티셔츠", "TEE-COTTON", 12900, []option{
		{"색상: 블랙 / 사이즈: L", "30021", "TEE-BLK-L", 0},
		{"색상: 블랙 / 사이즈: M", "30022", "TEE-BLK-M", 0},
		{"색상: 화이트 / 사이즈: L", "30023", "TEE-WHT-L", 0},
		{"색상: 화이트 / 사이즈: XL", "30024", "TEE-WHT-XL", 1000},
	}},
	{"8800120005", "유기농 현미 4kg", "RICE-BROWN-4K", 21900, nil},
	{"8800120006", "제주 감귤 5kg", "TANGERINE-5K", 18900, []option{
		{"크기: 중과", "30041", "TANG-5K-M", 0},
		{"크기: 대과", "30042", "TANG-5K-L", 3000},
	}},
	{"8800120007", "스테인리스 텀블러 500ml", "TUMBLER-500", 15800, []option{
		{"색상: 실버", "30051", "TUMB-SLV", 0},
		{"색상: 민트", "30052", "TUMB-MNT", 0},
	}},
}

var paymentMeans = []string{"신용카드", "신용카드 간편결제", "무통장입금", "포인트 결제", "계좌 간편결제"}

// Address is a receiver address in the simulated store.
type Address struct {
	Name            string
	Tel1            string
	Tel2            string
	BaseAddress     string
	DetailedAddress string
	ZipCode         string
}

func randomName(r *rand.Rand) string {
	return surnames[r.IntN(len(surnames))] + givenNames[r.IntN(len(givenNames))]
}

func randomPhone(r *rand.Rand) string {
	return fmt.Sprintf("010-%04d-%04d", 1000+r.IntN(9000), r.IntN(10000))
}

// safePhone is a 0502 안심번호 as Naver shows instead of the real number.
func safePhone(r *rand.Rand) string {
	return fmt.Sprintf("0502-%04d-%04d", 1000+r.IntN(9000), r.IntN(10000))
}

func randomAddress(r *rand.Rand, name string) Address {
	p := places[r.IntN(len(places))]
	a := Address{Name: name, BaseAddress: p.base, ZipCode: p.zip, DetailedAddress: details[r.IntN(len(details))]}
	if r.IntN(3) == 0 {
		a.Tel1 = safePhone(r)
	} else {
		a.Tel1 = randomPhone(r)
	}
	if r.IntN(4) == 0 {
		a.Tel2 = randomPhone(r)
	}
	return a
}
