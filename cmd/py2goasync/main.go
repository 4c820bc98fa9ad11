// Command py2goasync translates Python 3.11 asyncio programs into Go.
package main

import (
	"os"

	"github.com/py2goasync/py2goasync/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
