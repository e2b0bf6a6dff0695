"""The workbench: pages rendered from the same queries as the API."""
