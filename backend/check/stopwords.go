package check

// praiseWords are words of praise and plain description that say nothing about which goods are in
// the box (두꺼운 배변패드 and 고흡수 배변패드 are one pad described two ways), added to the stop
// words by buildStopWords. Words that name a variant of their own (초박형, 저소음, 합성, 무향) are
// left out.
var praiseWords = []string{
	"두꺼운", "도톰한", "도톰", "고흡수", "초흡수", "흡수력", "튼튼한", "튼튼", "견고한", "가벼운", "초경량",
	"부드러운", "고급", "고급스러운", "럭셔리", "luxury", "강력", "강력한", "초강력", "편리한", "간편한", "깔끔한",
	"심플", "simple", "모던", "modern", "감성", "가성비", "실속", "고품질", "고성능", "품질보증",
	"위생적인", "친환경", "스타일리시", "예쁜", "귀여운", "인기템", "필수템", "꿀템", "국민",
	// praise of a scent or a taste, written before 향 or 맛 apart (좋은 향) or glued (좋은향)
	"좋은", "은은한", "향긋한", "기분좋은", "맛있는",
	// "for both" after the values it joins (가솔린 디젤 겸용): the values say it
	"겸용",
}

// relationWords are words that relate the goods to another thing without naming them, like 교체용
// (교체 필터 is the filter a device takes).
var relationWords = []string{"교체", "교환용"}
