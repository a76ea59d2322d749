package check

// unmarkedWords end in 향, 맛 or 색 but name no scent, flavour or colour: common Korean words
// (방향 is a direction, 음향 sound, 취향 a taste in things, 염색 dyeing, 검색 a search, 손맛 the
// cook's touch), so the marker rule (markerKinds) does not read them.
var unmarkedWords = map[string]bool{
	"방향": true, "음향": true, "영향": true, "취향": true, "성향": true, "지향": true, "의향": true, "동향": true,
	"경향": true, "고향": true, "내향": true, "외향": true, "상향": true, "하향": true, "양방향": true, "단방향": true,
	"입맛": true, "손맛": true, "집밥맛": true, "밥맛": true, "제맛": true, "참맛": true, "옛맛": true,
	"특색": true, "이색": true, "손색": true, "기색": true, "각색": true, "탈색": true, "염색": true, "변색": true,
	"퇴색": true, "검색": true, "물색": true, "변색방지": true,
}
