"""gpcorpus on a real Dask LocalCluster (two worker processes on loopback): the same records as one process."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'gpcorpus[dask]')")
db = pytest.importorskip("dask.bag", reason="the dask extra is not installed (pip install 'gpcorpus[dask]')")

from gpcorpus import Pipeline, iter_documents  # noqa: E402
from gpcorpus.cli import ExitCode  # noqa: E402
from gpcorpus.dask import ClusterError, extract_bag, read_jsonl_bag, run_on_cluster  # noqa: E402

LIGHT = ["speech", "motions", "claims", "comments"]


def lines(records) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(json.dumps(record, ensure_ascii=False) for record in records)


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as local:
        with distributed.Client(local) as client:
            yield client


def test_extract_bag_gives_a_single_process_runs_records(cluster, seeds_dir):
    documents = list(iter_documents([seeds_dir]))
    expected = lines(record for result in Pipeline().run_all(documents) for record in result.to_records())
    bag = db.from_sequence(documents, npartitions=4)
    assert lines(extract_bag(bag).compute()) == expected
    assert len(expected) > 50


def test_read_jsonl_bag_reads_shards_on_the_workers(cluster, tmp_path, seeds_dir):
    documents = list(iter_documents([seeds_dir]))
    for shard in range(2):
        with open(tmp_path / f"part-{shard}.jsonl", "w", encoding="utf-8") as handle:
            for document in documents[shard::2]:
                handle.write(json.dumps({"id": document.id, "text": document.text}, ensure_ascii=False) + "\n")
    single = Pipeline(disabled=LIGHT)
    expected = lines(record for path in sorted(tmp_path.glob("*.jsonl"))
                     for result in single.run_all(iter_documents([path])) for record in result.to_records())
    bag = read_jsonl_bag(str(tmp_path / "part-*.jsonl"))
    assert bag.npartitions == 2
    assert lines(extract_bag(bag, disabled=LIGHT).compute()) == expected


def test_the_cli_runs_on_the_cluster_in_input_order(cluster, seeds_dir):
    address = cluster.scheduler.address
    outputs = []
    light = [flag for name in LIGHT for flag in ("--disable", name)]
    for extra in ([], ["--dask", address]):
        completed = subprocess.run([sys.executable, "-m", "gpcorpus", "extract", str(seeds_dir), "--format", "jsonl", *light, *extra],
                                   capture_output=True, timeout=600)
        assert completed.returncode == ExitCode.OK, completed.stderr
        outputs.append(completed.stdout)
    assert outputs[0] == outputs[1]


def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run_on_cluster([], "tcp://127.0.0.1:9", timeout="1s")
