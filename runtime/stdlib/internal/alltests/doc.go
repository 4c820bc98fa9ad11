// Package alltests holds differential tests of the smaller stdlib modules
// against python3.
package alltests
