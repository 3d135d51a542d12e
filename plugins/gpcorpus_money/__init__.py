"""Placeholder: the money plugin is being written."""
from gpcorpus import PluginInfo, hookimpl


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(kinds=("money",))


@hookimpl
def gpcorpus_extract(document):
    return ()
