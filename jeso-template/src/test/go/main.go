// Command tmplref renders Go text/template cases with sprig (ESO's function set) for jeso's differential tests.
//
// Input (stdin): one JSON object per line: {"id":N,"t":template,"d":data,"mk":"error|default|zero","l":"{{","r":"}}",
// "eso":bool}. With "eso", data is a JSON object of strings given to the template as map[string]string, as ESO does.
// Output (stdout): one JSON object per line: {"id":N,"ok":bool,"out":base64 output,"err":message}.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

type tcase struct {
	ID  int             `json:"id"`
	T   string          `json:"t"`
	D   json.RawMessage `json:"d"`
	MK  string          `json:"mk"`
	L   string          `json:"l"`
	R   string          `json:"r"`
	ESO bool            `json:"eso"`
}

type result struct {
	ID  int    `json:"id"`
	OK  bool   `json:"ok"`
	Out string `json:"out"`
	Err string `json:"err,omitempty"`
}

func funcs() template.FuncMap {
	m := sprig.TxtFuncMap()
	delete(m, "env")
	delete(m, "expandenv")
	delete(m, "getHostByName")
	for k, v := range esoFuncs() {
		m[k] = v
	}
	for k, v := range testOnlyFuncs() {
		m[k] = v
	}
	return m
}

// convert turns json.Number into int (integer syntax) or float64, recursively.
func convert(v interface{}) interface{} {
	switch x := v.(type) {
	case json.Number:
		s := string(x)
		if !strings.ContainsAny(s, ".eE") {
			if i, err := x.Int64(); err == nil {
				return int(i)
			}
		}
		f, _ := x.Float64()
		return f
	case map[string]interface{}:
		for k, e := range x {
			x[k] = convert(e)
		}
		return x
	case []interface{}:
		for i, e := range x {
			x[i] = convert(e)
		}
		return x
	}
	return v
}

func decodeData(c tcase) (interface{}, error) {
	if len(c.D) == 0 {
		return nil, nil
	}
	if c.ESO {
		m := map[string]string{}
		err := json.Unmarshal(c.D, &m)
		return m, err
	}
	dec := json.NewDecoder(bytes.NewReader(c.D))
	dec.UseNumber()
	var v interface{}
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return convert(v), nil
}

func run(c tcase, fm template.FuncMap) (res result) {
	res.ID = c.ID
	defer func() {
		if r := recover(); r != nil {
			res.OK = false
			res.Err = fmt.Sprintf("panic: %v", r)
		}
	}()
	data, err := decodeData(c)
	if err != nil {
		res.Err = "bad data: " + err.Error()
		return
	}
	t := template.New("tpl").Funcs(fm)
	if c.MK != "" {
		t = t.Option("missingkey=" + c.MK)
	}
	if c.L != "" || c.R != "" {
		t = t.Delims(c.L, c.R)
	}
	t, err = t.Parse(c.T)
	if err != nil {
		res.Err = err.Error()
		return
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		res.Err = err.Error()
		return
	}
	res.OK = true
	res.Out = base64.StdEncoding.EncodeToString(buf.Bytes())
	return
}

func main() {
	fm := funcs()
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	for in.Scan() {
		var c tcase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, "bad case:", err)
			os.Exit(2)
		}
		if err := enc.Encode(run(c, fm)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
