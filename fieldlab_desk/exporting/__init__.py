"""Excel (and PDF) writers and the Excel importer; filled by the export/import issues."""
