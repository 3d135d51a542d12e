"""Placeholder: the speech plugin is being written."""
from gpcorpus import PluginInfo, hookimpl


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(kinds=("quote",))


@hookimpl
def gpcorpus_extract(document):
    return ()
