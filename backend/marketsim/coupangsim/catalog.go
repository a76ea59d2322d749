package coupangsim

// product is one registered seller product with its options (vendor items).
type product struct {
	SellerProductID int64
	ProductID       int64
	Name            string // sellerProductName
	PackageName     string // vendorItemPackageName
	Items           []catalogItem
}

// catalogItem is one vendor item (option) of a product.
type catalogItem struct {
	VendorItemID int64
	Name         string // sellerProductItemName as registered now
	FirstName    string // firstSellerProductItemName; differs when the option was renamed
	Exposed      string // vendorItemName, what the buyer saw
	SKU          string
	Price        int64
	BundleSize   int // upBundleSize when > 1 (upBundleItem)
	BundleID     int64
	// Single is the vendorItemName of the seller's own option a bundle is made of, which the
	// order sheets state since 2024-04-12 (Exposed is then the bundle's upBundleVendorItemName).
	Single string
	Free   bool // 무료배송
}

// catalog holds realistic Korean goods, including the two examples of the documented fixture
// (a 5-pack bundle of cashews and a lemon powder 3-pack whose exposed name differs).
var catalog = []product{
	{SellerProductID: 14091699106, ProductID: 7313251147, Name: "신서리티 델타 구운 캐슈넛 160g", PackageName: "신서리티 델타 구운 캐슈넛",
		Items: []catalogItem{
			{VendorItemID: 85872453655, Name: "1개 160g", FirstName: "1개 160g", Exposed: "신서리티 델타 구운 캐슈넛, 5개, 160g", Price: 41000, BundleSize: 5, BundleID: 88049657337, Free: true,
				Single: "신서리티 델타 구운 캐슈넛, 1개, 160g"},
			{VendorItemID: 85872453656, Name: "1개 160g", FirstName: "1개 160g", Exposed: "신서리티 델타 구운 캐슈넛, 1개, 160g", SKU: "CASHEW-160", Price: 8900, Free: false},
		}},
	{SellerProductID: 13653570850, ProductID: 6875929180, Name: "신서리티 미국산 레몬 가루 150g x 3개", PackageName: "신서리티 캘리포니아 레몬과즙 파우더 150g",
		Items: []catalogItem{
			{VendorItemID: 83653589505, Name: "3개 150g", FirstName: "3개 150g", Exposed: "신서리티 미국산 레몬 가루 150g x 3개", Price: 40400, Free: true},
		}},
	{SellerProductID: 12000000101, ProductID: 6100000101, Name: "햇살농장 유기농 현미 4kg", PackageName: "햇살농장 유기농 현미",
		Items: []catalogItem{
			{VendorItemID: 81000000101, Name: "4kg x 1개", FirstName: "4kg x 1개", Exposed: "햇살농장 유기농 현미, 4kg, 1개", SKU: "RICE-BR-4", Price: 23900, Free: true},
			{VendorItemID: 81000000102, Name: "4kg x 2개", FirstName: "4kg x 2개", Exposed: "햇살농장 유기농 현미, 4kg, 2개", SKU: "RICE-BR-4x2", Price: 45900, Free: true},
		}},
	{SellerProductID: 12000000201, ProductID: 6100000201, Name: "제주 서귀포 노지 감귤 5kg", PackageName: "제주 노지 감귤",
		Items: []catalogItem{
			{VendorItemID: 81000000201, Name: "로얄과 5kg (S~M)", FirstName: "중소과 5kg", Exposed: "제주 노지 감귤, 5kg, 로얄과", SKU: "JEJU-TG-5R", Price: 19800, Free: true},
			{VendorItemID: 81000000202, Name: "대과 5kg (L~2L)", FirstName: "대과 5kg (L~2L)", Exposed: "제주 노지 감귤, 5kg, 대과", SKU: "JEJU-TG-5L", Price: 17800, Free: true},
		}},
	{SellerProductID: 12000000301, ProductID: 6100000301, Name: "한우 수제 육포 100g x 2팩", PackageName: "한우 수제 육포",
		Items: []catalogItem{
			{VendorItemID: 81000000301, Name: "오리지널 2팩", FirstName: "오리지널 2팩", Exposed: "국내산 소고기 육포 200g, 1개", SKU: "JERKY-ORG-2", Price: 29000, Free: true},
			{VendorItemID: 81000000302, Name: "매운맛 2팩", FirstName: "매운맛 2팩", Exposed: "한우 수제 육포 매운맛, 100g, 2개", SKU: "JERKY-HOT-2", Price: 29000, Free: true},
		}},
	{SellerProductID: 12000000401, ProductID: 6100000401, Name: "스텐 진공 텀블러 500ml", PackageName: "스텐 진공 텀블러",
		Items: []catalogItem{
			{VendorItemID: 81000000401, Name: "블랙", FirstName: "블랙", Exposed: "스텐 진공 텀블러 500ml, 블랙, 1개", SKU: "TMB-500-BK", Price: 15900},
			{VendorItemID: 81000000402, Name: "크림화이트", FirstName: "화이트", Exposed: "스텐 진공 텀블러 500ml, 화이트, 1개", SKU: "TMB-500-WH", Price: 15900},
		}},
	{SellerProductID: 12000000501, ProductID: 6100000501, Name: "순한 아기 물티슈 캡형 100매", PackageName: "순한 아기 물티슈",
		Items: []catalogItem{
			{VendorItemID: 81000000501, Name: "100매 x 1팩", FirstName: "100매 x 1팩", Exposed: "순한 아기 물티슈 캡형, 100매, 10개", SKU: "WIPE-100", Price: 12900, BundleSize: 10, BundleID: 88000000501, Free: true,
				Single: "순한 아기 물티슈 캡형, 100매, 1개"},
			{VendorItemID: 81000000502, Name: "100매 x 10팩", FirstName: "100매 x 10팩", Exposed: "순한 아기 물티슈 캡형, 100매, 10개", SKU: "WIPE-100x10", Price: 13900, Free: true},
		}},
	{SellerProductID: 12000000601, ProductID: 6100000601, Name: "광천 재래김 선물세트 20봉", PackageName: "광천 재래김 선물세트",
		Items: []catalogItem{
			{VendorItemID: 81000000601, Name: "전장김 20봉", FirstName: "전장김 20봉", Exposed: "광천 재래김 선물세트, 전장 20봉", SKU: "GIM-GIFT-20", Price: 24500, Free: true},
		}},
	{SellerProductID: 12000000701, ProductID: 6100000701, Name: "여성 라운드 울 니트 가디건", PackageName: "여성 울 니트 가디건",
		Items: []catalogItem{
			{VendorItemID: 81000000701, Name: "베이지 / M", FirstName: "베이지 / 55", Exposed: "여성 울 니트 가디건, 베이지, M", SKU: "CARD-BE-M", Price: 38000},
			{VendorItemID: 81000000702, Name: "차콜 / L", FirstName: "차콜 / L", Exposed: "여성 울 니트 가디건, 차콜, L", SKU: "CARD-CH-L", Price: 38000},
		}},
	{SellerProductID: 12000000801, ProductID: 6100000801, Name: "무향 친환경 세탁세제 3L", PackageName: "친환경 세탁세제",
		Items: []catalogItem{
			{VendorItemID: 81000000801, Name: "3L x 1개", FirstName: "3L x 1개", Exposed: "친환경 세탁세제 무향, 3L, 2개", SKU: "DET-3L", Price: 11900, BundleSize: 2, BundleID: 88000000801,
				Single: "친환경 세탁세제 무향, 3L, 1개"},
		}},
}

var (
	surnames   = []string{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"}
	givenNames = []string{"민준", "서연", "도윤", "지우", "하준", "서윤", "은우", "지민", "시우", "수아", "예준", "하은", "주원", "지아", "현우", "채원", "유진", "민서", "건우", "다은"}
	addresses  = []struct{ zip, addr1 string }{
		{"06236", "서울특별시 강남구 테헤란로 152"},
		{"04524", "서울특별시 중구 세종대로 110"},
		{"03187", "서울특별시 종로구 종로 33"},
		{"07327", "서울특별시 영등포구 여의대로 108"},
		{"13494", "경기도 성남시 분당구 판교역로 235"},
		{"16514", "경기도 수원시 영통구 광교중앙로 145"},
		{"10881", "경기도 파주시 회동길 145"},
		{"48058", "부산광역시 해운대구 센텀중앙로 79"},
		{"41911", "대구광역시 중구 공평로 88"},
		{"61475", "광주광역시 동구 금남로 245"},
		{"35242", "대전광역시 서구 둔산로 100"},
		{"63122", "제주특별자치도 제주시 중앙로 217"},
		{"21554", "인천광역시 남동구 정각로 29"},
		{"44675", "울산광역시 남구 삼산로 261"},
		{"54999", "전북특별자치도 전주시 완산구 효자로 225"},
	}
	details  = []string{"101동 1203호", "3층", "B동 502호", "202호", "관리사무소 옆 1층", "7층 701호", "1302동 404호", ""}
	messages = []string{"문 앞", "직접 받고 부재 시 문 앞", "경비실에 맡겨 주세요", "배송 전 연락 바랍니다", "", "택배함에 넣어 주세요", "부재 시 문 앞에 놓아주세요"}
	refers   = []string{"안드로이드앱", "아이폰앱", "PC웹", "모바일웹"}
	reasons  = []struct{ cat1, cat2, reason string }{
		{"고객변심", "단순변심", "필요 없어졌어요"},
		{"고객변심", "주문실수", "옵션을 잘못 선택했어요"},
		{"배송지연", "배송지연", "배송이 너무 늦어요"},
		{"고객변심", "다른 상품 구매", "더 싼 곳에서 샀어요"},
	}
	courierNames = map[string]string{
		"CJGLS": "CJ 대한통운", "HYUNDAI": "롯데택배", "KGB": "로젠택배", "EPOST": "우체국택배", "HANJIN": "한진택배",
		"KDEXP": "경동택배", "DONGBU": "드림택배", "ILYANG": "일양택배", "CHUNIL": "천일택배", "DAESIN": "대신택배",
		"CVS": "CVS택배", "HDEXP": "합동택배", "REGISTPOST": "우편등기", "DIRECT": "업체직송", "COUPANG": "쿠팡자체배송",
		"KUNYOUNG": "건영택배", "HONAM": "호남택배", "SLX": "SLX택배", "NHLOGIS": "농협택배", "LOTTEGLOBAL": "롯데글로벌",
		"EMS": "우체국 EMS", "DHL": "DHL", "UPS": "UPS", "FEDEX": "FEDEX", "TNT": "TNT", "USPS": "USPS",
	}
)
