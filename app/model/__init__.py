"""The data model: pandas only, no Qt (an import-linter contract and a test keep it so)."""
from app.model.dataset import CONFLICTS, Dataset, Summary
from app.model.errors import DataError, DataIssue
from app.model.loader import LoadCancelled, load_dataset

__all__ = ["CONFLICTS", "Dataset", "Summary", "DataError", "DataIssue", "LoadCancelled", "load_dataset"]
