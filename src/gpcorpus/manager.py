"""Finding and loading plugins through the ``gpcorpus`` entry-point group.

pluggy's bulk loader stops at the first plugin that fails to import; we load them one at a time
so that one broken plugin is reported and the others still run.
"""
from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable, Mapping

import pluggy

from gpcorpus import hookspecs
from gpcorpus.errors import PluginLoadError, describe
from gpcorpus.types import PluginInfo

__all__ = ["ENTRY_POINT_GROUP", "PluginManager", "make_plugin_manager"]

#: The entry-point group plugins register in.
ENTRY_POINT_GROUP = "gpcorpus"


class PluginManager(pluggy.PluginManager):
    """pluggy's manager with what gpcorpus keeps about each plugin: its version and load failures."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        #: Plugins that were found but could not be loaded.
        self.load_failures: list[PluginLoadError] = []
        self._versions: dict[str, str | None] = {}

    def register_plugin(self, plugin: object, name: str, version: str | None = None) -> bool:
        """Register one plugin, checking its hooks; a bad one is recorded in :attr:`load_failures`.

        :returns: whether the plugin is now registered.
        """
        try:
            self.register(plugin, name=name)
        except Exception as error:  # a plugin's own bug must not stop the others loading
            self.load_failures.append(PluginLoadError(plugin=name, error=describe(error)))
            return False
        try:
            self.check_pending()
        except pluggy.PluginValidationError as error:
            self.unregister(name=name)
            self.load_failures.append(PluginLoadError(plugin=name, error=f"unknown hook: {error}"))
            return False
        self._versions[name] = version
        return True

    def plugin_names(self) -> list[str]:
        """The registered plugins' names, sorted."""
        return sorted(name for name, plugin in self.list_name_plugin() if plugin is not None)

    def version_of(self, name: str) -> str | None:
        """The version of the distribution that provides plugin ``name``, if known."""
        return self._versions.get(name)

    def info_of(self, name: str) -> PluginInfo:
        """What plugin ``name`` declares about itself (empty if it declares nothing)."""
        plugin = self.get_plugin(name)
        function = getattr(plugin, "gpcorpus_plugin_info", None)
        info = function() if function is not None else None
        return info if isinstance(info, PluginInfo) else PluginInfo()


def make_plugin_manager(
    *,
    disabled: Iterable[str] = (),
    plugins: Mapping[str, object] | None = None,
    load_entry_points: bool = True,
) -> PluginManager:
    """A fresh manager with the installed plugins loaded.

    :param disabled: Names of plugins not to load (``--disable money``).
    :param plugins: Extra plugin objects to register by name, before the entry points; a test or
        a notebook can pass a module or an object with hook functions here.
    :param load_entry_points: Whether to load the installed ``gpcorpus`` entry points.
    """
    manager = PluginManager()
    for name in disabled:
        manager.set_blocked(name)
    for name, plugin in (plugins or {}).items():
        if not manager.is_blocked(name):
            manager.register_plugin(plugin, name)
    if load_entry_points:
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            if manager.is_blocked(entry_point.name) or manager.has_plugin(entry_point.name):
                continue
            try:
                plugin = entry_point.load()
            except Exception as error:
                manager.load_failures.append(PluginLoadError(plugin=entry_point.name, error=describe(error)))
                continue
            dist = getattr(entry_point, "dist", None)
            manager.register_plugin(plugin, entry_point.name, version=dist.version if dist else None)
    return manager
