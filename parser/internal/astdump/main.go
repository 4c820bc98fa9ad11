package main

import (
	"fmt"
	"github.com/py2goasync/py2goasync/parser"
	"os"
)

func main() {
	src, _ := os.ReadFile(os.Args[1])
	s, err := parser.DumpFile(os.Args[1], src)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(s)
}
