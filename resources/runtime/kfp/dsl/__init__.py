"""The kfp.dsl names a component's code uses at run time."""
import json
import os
import typing
from typing import Any, Dict, Generic, List, NamedTuple, Optional, TypeVar

__all__ = [
    "Artifact", "Dataset", "Model", "Metrics", "ClassificationMetrics", "SlicedClassificationMetrics",
    "HTML", "Markdown", "Input", "Output", "InputPath", "OutputPath", "PipelineTaskFinalStatus",
    "component", "container_component", "pipeline", "NamedTuple", "get_uri",
]


class Artifact:
    """An artifact passed to or produced by a task: a local file or folder at `path`."""

    schema_title = "system.Artifact"
    schema_version = "0.0.1"

    def __init__(self, name: Optional[str] = None, uri: Optional[str] = None, metadata: Optional[dict] = None):
        self.name = name or ""
        self.uri = uri or ""
        self.metadata = dict(metadata or {})
        self.custom_path = None

    @property
    def path(self) -> str:
        return self._path_from_uri(self.uri)

    @path.setter
    def path(self, value: str) -> None:
        self.uri = value

    def set_path(self, path: str) -> None:
        """Writes the artifact at a path of the component's choosing."""
        self.custom_path = path
        self.uri = path

    @staticmethod
    def _path_from_uri(uri: str) -> str:
        if uri.startswith("file://"):
            return uri[len("file://"):]
        for prefix, mount in (("gs://", "/gcs/"), ("minio://", "/minio/"), ("s3://", "/s3/")):
            if uri.startswith(prefix):
                return mount + uri[len(prefix):]
        return uri

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, uri={self.uri!r}, metadata={self.metadata!r})"


class Dataset(Artifact):
    schema_title = "system.Dataset"


class Model(Artifact):
    schema_title = "system.Model"

    @property
    def framework(self) -> str:
        return self.metadata.get("framework", "")

    @framework.setter
    def framework(self, value: str) -> None:
        self.metadata["framework"] = value


class Metrics(Artifact):
    schema_title = "system.Metrics"

    def log_metric(self, metric: str, value: float) -> None:
        self.metadata[metric] = value


class ClassificationMetrics(Artifact):
    schema_title = "system.ClassificationMetrics"

    def log_roc_data_point(self, fpr: float, tpr: float, threshold: float) -> None:
        points = self.metadata.setdefault("confidenceMetrics", [])
        points.append({"confidenceThreshold": threshold, "recall": tpr, "falsePositiveRate": fpr})

    def log_roc_curve(self, fpr: List[float], tpr: List[float], threshold: List[float]) -> None:
        if not (len(fpr) == len(tpr) == len(threshold)):
            raise ValueError("fpr, tpr and threshold must have the same length")
        for f, t, th in zip(fpr, tpr, threshold):
            self.log_roc_data_point(f, t, th)

    def set_confusion_categories(self, categories: List[str]) -> None:
        self._categories = list(categories)
        self._matrix = [[0] * len(categories) for _ in categories]
        self._publish()

    def log_confusion_matrix_row(self, row_category: str, row: List[float]) -> None:
        self._matrix[self._categories.index(row_category)] = list(row)
        self._publish()

    def log_confusion_matrix_cell(self, row_category: str, col_category: str, value: int) -> None:
        self._matrix[self._categories.index(row_category)][self._categories.index(col_category)] = value
        self._publish()

    def log_confusion_matrix(self, categories: List[str], matrix: List[List[int]]) -> None:
        if len(matrix) != len(categories) or any(len(r) != len(categories) for r in matrix):
            raise ValueError("the matrix must be square, one row and column per category")
        self._categories = list(categories)
        self._matrix = [list(r) for r in matrix]
        self._publish()

    def _publish(self) -> None:
        self.metadata["confusionMatrix"] = {
            "annotationSpecs": [{"displayName": c} for c in self._categories],
            "rows": [{"row": r} for r in self._matrix],
        }


class SlicedClassificationMetrics(Artifact):
    schema_title = "system.SlicedClassificationMetrics"

    def _slice(self, slice_name: str) -> ClassificationMetrics:
        slices = self.metadata.setdefault("evaluationSlices", [])
        for s in slices:
            if s["slice"] == slice_name:
                m = ClassificationMetrics()
                m.metadata = s["sliceClassificationMetrics"]
                return m
        m = ClassificationMetrics()
        slices.append({"slice": slice_name, "sliceClassificationMetrics": m.metadata})
        return m

    def log_roc_reading(self, slice: str, threshold: float, tpr: float, fpr: float) -> None:  # noqa: A002
        self._slice(slice).log_roc_data_point(fpr, tpr, threshold)

    def load_roc_readings(self, slice: str, readings: List[List[float]]) -> None:  # noqa: A002
        for threshold, tpr, fpr in readings:
            self.log_roc_reading(slice, threshold, tpr, fpr)


class HTML(Artifact):
    schema_title = "system.HTML"


class Markdown(Artifact):
    schema_title = "system.Markdown"


_ARTIFACT_TYPES = {c.schema_title: c for c in (Artifact, Dataset, Model, Metrics, ClassificationMetrics,
                                                 SlicedClassificationMetrics, HTML, Markdown)}

T = TypeVar("T")


class _Marker(Generic[T]):
    """Input[T] / Output[T] in signatures; the executor reads the marker to pass artifacts."""


class Input(_Marker[T]):
    pass


class Output(_Marker[T]):
    pass


class InputPath:
    def __init__(self, type: Any = None):  # noqa: A002
        self.type = type


class OutputPath:
    def __init__(self, type: Any = None):  # noqa: A002
        self.type = type


class PipelineTaskFinalStatus:
    """What an exit task learns about the task it watched."""

    def __init__(self, state: str = "", pipeline_job_resource_name: str = "", pipeline_task_name: str = "",
                 error_code: Optional[int] = None, error_message: Optional[str] = None):
        self.state = state
        self.pipeline_job_resource_name = pipeline_job_resource_name
        self.pipeline_task_name = pipeline_task_name
        self.error_code = error_code
        self.error_message = error_message


_output_root = os.environ.get("KFW_OUTPUT_ROOT", "")


def get_uri(suffix: str = "") -> str:
    """A fresh location for an artifact the component creates itself (pythonic outputs)."""
    import uuid
    root = _output_root or os.path.join(os.getcwd(), "outputs")
    os.makedirs(root, exist_ok=True)
    return os.path.join(root, suffix or uuid.uuid4().hex)


def component(func=None, **_kwargs):
    """At run time a decorated component is just its function."""
    if func is None:
        return lambda f: f
    return func


container_component = component
pipeline = component
