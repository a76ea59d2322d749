package order

import "time"

// kst is Korea Standard Time. Korea has no daylight saving, so a fixed zone is exact and needs no
// tzdata on the seller's PC. It is never reassigned; KST hands it out.
var kst = time.FixedZone("KST", 9*60*60)

// KST is Korea Standard Time (+09:00): the zone of every date the marketplaces send without an
// offset and of every time the seller reads. It is the one definition in SellerDesk.
func KST() *time.Location { return kst }
