"""Placeholder: the percentages plugin is being written."""
from gpcorpus import PluginInfo, hookimpl


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(kinds=("percentage",))


@hookimpl
def gpcorpus_extract(document):
    return ()
