"""Reading and writing files: visit files, article and contact imports, and the text they hold."""
