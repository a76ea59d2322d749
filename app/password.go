package app

import "sellerdesk/backend/doorpass"

// The browser door's password (backend/doorpass): the setting holding its hash, the length rule.
const (
	ServePasswordSetting = doorpass.Setting
	MinServePasswordLen  = doorpass.MinLen
)

// HashServePassword checks the length rule and returns the hash to store (doorpass.Hash).
func HashServePassword(password string, cost int) (string, error) {
	return doorpass.Hash(password, cost)
}

// ServePasswordMatches reports whether password is the one hash was made from.
func ServePasswordMatches(hash, password string) bool { return doorpass.Matches(hash, password) }

// ServePasswordRule is the Korean sentence for a refused password ("" when err is not one).
func ServePasswordRule(err error) string { return doorpass.Rule(err) }
