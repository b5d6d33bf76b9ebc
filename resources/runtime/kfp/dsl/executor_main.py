"""Runs one lightweight Python component: `python3 -m kfp.dsl.executor_main
--component_module_path FILE --executor_input JSON --function_to_execute NAME`."""
import argparse
import importlib.util
import inspect
import json
import os
import sys
import typing

from kfp import dsl


def _load_function(module_path: str, name: str):
    spec = importlib.util.spec_from_file_location("ephemeral_component", module_path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["ephemeral_component"] = module
    spec.loader.exec_module(module)
    return getattr(module, name)


def _artifact(data: dict, annotation_type) -> dsl.Artifact:
    title = data.get("type", {}).get("schemaTitle", "system.Artifact")
    cls = annotation_type if isinstance(annotation_type, type) and issubclass(annotation_type, dsl.Artifact) \
        else dsl._ARTIFACT_TYPES.get(title, dsl.Artifact)
    a = cls(name=data.get("name", ""), uri=data.get("uri", ""), metadata=data.get("metadata", {}))
    return a


def _inner(annotation):
    args = typing.get_args(annotation)
    return args[0] if args else dsl.Artifact


def _is_list(annotation) -> bool:
    return typing.get_origin(annotation) in (list, typing.List)


def _is_artifact_class(annotation) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, dsl.Artifact)


def _pythonic_artifact(annotation) -> bool:
    """Pythonic artifact syntax: `x: Dataset` or `x: List[Dataset]` is an input artifact."""
    if _is_artifact_class(annotation):
        return True
    return _is_list(annotation) and _is_artifact_class(_inner(annotation))


def _coerce(value, annotation):
    if annotation is float and isinstance(value, int):
        return float(value)
    if annotation is int and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class Executor:
    def __init__(self, executor_input: dict, func):
        self.input = executor_input
        self.func = func
        self.outputs = executor_input.get("outputs", {})
        self.output_artifacts = {}
        self.parameter_values = {}

    def _input_artifacts(self, name, annotation):
        arts = self.input.get("inputs", {}).get("artifacts", {}).get(name, {}).get("artifacts", [])
        inner = _inner(annotation)
        if _is_list(inner):
            return [_artifact(a, _inner(inner)) for a in arts]
        return _artifact(arts[0], inner) if arts else None

    def _output_artifact(self, name, annotation):
        arts = self.outputs.get("artifacts", {}).get(name, {}).get("artifacts", [])
        a = _artifact(arts[0], _inner(annotation)) if arts else dsl.Artifact(name=name)
        os.makedirs(os.path.dirname(a.path) or ".", exist_ok=True)
        self.output_artifacts[name] = a
        return a

    def _arguments(self):
        params = self.input.get("inputs", {}).get("parameterValues", {})
        kwargs = {}
        for name, p in inspect.signature(self.func).parameters.items():
            ann = p.annotation
            origin = typing.get_origin(ann)
            if origin is dsl.Input or (isinstance(ann, type) and issubclass(ann, dsl.Input)):
                kwargs[name] = self._input_artifacts(name, ann)
            elif origin is dsl.Output or (isinstance(ann, type) and issubclass(ann, dsl.Output)):
                kwargs[name] = self._output_artifact(name, ann)
            elif _pythonic_artifact(ann):
                kwargs[name] = self._input_artifacts(name, dsl.Input[ann])
            elif isinstance(ann, dsl.OutputPath):
                if name in self.outputs.get("parameters", {}):
                    path = self.outputs["parameters"][name]["outputFile"]
                else:
                    path = self._output_artifact(name, dsl.Output[dsl.Artifact]).path
                os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
                kwargs[name] = path
            elif isinstance(ann, dsl.InputPath):
                a = self._input_artifacts(name, dsl.Input[dsl.Artifact])
                kwargs[name] = a.path if a is not None else None
            elif ann is dsl.PipelineTaskFinalStatus or getattr(ann, "__name__", "") == "PipelineTaskFinalStatus":
                s = params.get(name) or {}
                err = s.get("error") or {}
                kwargs[name] = dsl.PipelineTaskFinalStatus(
                    state=s.get("state", ""), pipeline_job_resource_name=s.get("pipelineJobResourceName", ""),
                    pipeline_task_name=s.get("pipelineTaskName", ""), error_code=err.get("code"),
                    error_message=err.get("message"))
            elif name in params:
                kwargs[name] = _coerce(params[name], ann)
            elif p.default is not inspect.Parameter.empty:
                kwargs[name] = p.default
        return kwargs

    def _write_return(self, result):
        if result is None:
            return
        out_params = self.outputs.get("parameters", {})
        out_arts = self.outputs.get("artifacts", {})
        if hasattr(result, "_fields"):  # NamedTuple
            for field, value in zip(result._fields, result):
                if field in out_params:
                    self.parameter_values[field] = value
                elif field in out_arts and isinstance(value, dsl.Artifact):
                    target = self._output_artifact(field, dsl.Output[type(value)])
                    if value.uri and value.uri != target.uri and os.path.exists(value.path):
                        import shutil
                        shutil.copyfile(value.path, target.path)
                    target.metadata.update(value.metadata)
            return
        if "Output" in out_params:
            self.parameter_values["Output"] = result
        elif "Output" in out_arts and isinstance(result, dsl.Artifact):
            # Pythonic return: the function made the artifact; keep the executor's URI.
            target = self._output_artifact("Output", dsl.Output[type(result)])
            if result.uri and result.uri != target.uri and os.path.exists(result.path):
                import shutil
                shutil.copyfile(result.path, target.path)
            target.metadata.update(result.metadata)
        elif "Output" in out_arts and isinstance(result, str):
            a = self._output_artifact("Output", dsl.Output[dsl.Artifact])
            with open(a.path, "w") as f:
                f.write(result)

    def run(self):
        out_file = self.outputs.get("outputFile")
        if out_file:
            dsl._output_root = os.path.join(os.path.dirname(out_file), "artifacts")
        result = self.func(**self._arguments())
        self._write_return(result)
        output = {}
        if self.parameter_values:
            output["parameterValues"] = self.parameter_values
        if self.output_artifacts:
            output["artifacts"] = {
                name: {"artifacts": [{"name": a.name or name, "uri": a.uri, "metadata": a.metadata}]}
                for name, a in self.output_artifacts.items()
            }
        path = self.outputs.get("outputFile")
        if path:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            with open(path, "w") as f:
                json.dump(output, f)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="kfp.dsl.executor_main")
    parser.add_argument("--component_module_path")
    parser.add_argument("--executor_input", required=True)
    parser.add_argument("--function_to_execute", required=True)
    args, _ = parser.parse_known_args(argv)
    if not args.component_module_path:
        # A containerized component: its code was built into its image.
        print("[workbench-runtime] needs-image: the code of this component is inside its container image; "
              "run it with a container engine or on a cluster", file=sys.stderr)
        sys.exit(3)
    func = _load_function(args.component_module_path, args.function_to_execute)
    Executor(json.loads(args.executor_input), func).run()


if __name__ == "__main__":
    main()
