"""Finding and loading plugins through the ``gpcorpus`` entry-point group.

pluggy's bulk loader stops at the first plugin that fails to import; we load them one at a time
so that one broken plugin is reported and the others still run. Registration also checks what
pluggy does not: a hook function that is misspelt or lacks ``@hookimpl`` (pluggy only sees
marked functions, so it would be silently ignored) and wrapper implementations, which the
pipeline does not call (see ``docs/hooks.rst``).
"""
from __future__ import annotations

import importlib.metadata
import inspect
import os
import traceback
from collections.abc import Iterable, Mapping

import pluggy

from gpcorpus import hookspecs
from gpcorpus.errors import PluginLoadError, UnknownNameError, describe, suggest
from gpcorpus.types import PluginInfo

__all__ = ["ENTRY_POINT_GROUP", "PluginManager", "make_plugin_manager", "as_names"]

#: The entry-point group plugins register in.
ENTRY_POINT_GROUP = "gpcorpus"

_HOOK_PREFIX = "gpcorpus_"


def as_names(names: str | Iterable[str] | None) -> tuple[str, ...]:
    """Names given as a sequence, or as one string meaning one name (``kinds="money"``).

    >>> as_names("money"), as_names(["money", "quote"]), as_names(None)
    (('money',), ('money', 'quote'), ())
    """
    if names is None:
        return ()
    if isinstance(names, str):
        return (names,)
    return tuple(names)


def _source_of(plugin: object) -> str | None:
    """The plugin's own source: its package's folder, its module's file, or its class's file."""
    try:
        if inspect.ismodule(plugin):
            file = getattr(plugin, "__file__", None)
            if not isinstance(file, str):
                return None
            return os.path.dirname(file) if hasattr(plugin, "__path__") else file
        source = inspect.getsourcefile(plugin if inspect.isclass(plugin) else type(plugin))
        return str(source) if source is not None else None
    except (TypeError, OSError):
        return None


def _unmarked_or_misspelt(plugin: object) -> list[str]:
    """Problems with the plugin's ``gpcorpus_*`` functions that pluggy would pass over in silence."""
    marker = f"{hookspecs.PROJECT_NAME}_impl"
    problems = []
    for name in dir(plugin):
        if not name.startswith(_HOOK_PREFIX):
            continue
        try:
            value = getattr(plugin, name)
        except Exception:  # a property that raises is not a hook function
            continue
        if not inspect.isroutine(value):
            continue
        if name not in hookspecs.HOOK_NAMES:
            near = suggest(name, hookspecs.HOOK_NAMES)
            hint = f"; did you mean {near[0]}?" if near else f"; the hooks are {', '.join(hookspecs.HOOK_NAMES)}"
            problems.append(f"unknown hook {name}{hint}")
        elif not hasattr(value, marker):
            problems.append(f"{name} is not decorated with @hookimpl, so it would never be called")
    return problems


class PluginManager(pluggy.PluginManager):
    """pluggy's manager with what gpcorpus keeps about each plugin: its version, declaration and failures."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        #: Plugins that were found but could not be loaded, and plugins whose
        #: ``gpcorpus_plugin_info`` failed (those are still loaded, as declaring nothing).
        self.load_failures: list[PluginLoadError] = []
        self._versions: dict[str, str | None] = {}
        self._infos: dict[str, PluginInfo] = {}
        self._sources: dict[str, str | None] = {}

    def register_plugin(self, plugin: object, name: str, version: str | None = None) -> bool:
        """Register one plugin, checking its hooks; a bad one is recorded in :attr:`load_failures`.

        Its ``gpcorpus_plugin_info`` is called here, once, and its answer kept (:meth:`info_of`).

        :returns: whether the plugin is now registered.
        """
        problems = _unmarked_or_misspelt(plugin)
        if problems:
            self.load_failures.append(PluginLoadError(plugin=name, error="; ".join(problems)))
            return False
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
        wrappers = [
            impl.function.__name__
            for caller in self.get_hookcallers(plugin) or ()
            for impl in caller.get_hookimpls()
            if impl.plugin_name == name and (impl.wrapper or impl.hookwrapper)
        ]
        if wrappers:
            self.unregister(name=name)
            self.load_failures.append(PluginLoadError(
                plugin=name,
                error=f"{', '.join(wrappers)} is a wrapper (wrapper=True or hookwrapper=True), which gpcorpus "
                "does not support: each plugin's hook is called on its own so that its failures are isolated",
            ))
            return False
        self._versions[name] = version
        self._sources[name] = _source_of(plugin)
        self._infos[name] = self._declaration(plugin, name)
        return True

    def _declaration(self, plugin: object, name: str) -> PluginInfo:
        """Call the plugin's ``gpcorpus_plugin_info``, isolating it like any other hook."""
        function = getattr(plugin, "gpcorpus_plugin_info", None)
        if function is None:
            return PluginInfo()
        try:
            info = function()
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # isolated like the other hooks: the plugin runs, declaring nothing
            self.load_failures.append(PluginLoadError(
                plugin=name, error=describe(error, self._sources.get(name)), hook="gpcorpus_plugin_info",
                traceback="".join(traceback.format_exception(type(error), error, error.__traceback__)),
            ))
            return PluginInfo()
        if info is None or isinstance(info, PluginInfo):
            return info or PluginInfo()
        self.load_failures.append(PluginLoadError(
            plugin=name, error=f"returned {type(info).__name__}, not a PluginInfo", hook="gpcorpus_plugin_info",
        ))
        return PluginInfo()

    def plugin_names(self) -> list[str]:
        """The registered plugins' names, sorted."""
        return sorted(name for name, plugin in self.list_name_plugin() if plugin is not None)

    def version_of(self, name: str) -> str | None:
        """The version of the distribution that provides plugin ``name``, if known."""
        return self._versions.get(name)

    def source_of(self, name: str) -> str | None:
        """The file of plugin ``name`` (its package's folder, for a package), if known."""
        return self._sources.get(name)

    def info_of(self, name: str) -> PluginInfo:
        """What plugin ``name`` declared about itself when it was registered (empty if nothing)."""
        return self._infos.get(name, PluginInfo())

    def kinds(self) -> tuple[str, ...]:
        """Every kind the registered plugins declare, sorted: the valid values of ``--kinds``."""
        return tuple(sorted({kind for name in self.plugin_names() for kind in self.info_of(name).kinds}))


def make_plugin_manager(
    *,
    disabled: str | Iterable[str] = (),
    plugins: Mapping[str, object] | None = None,
    load_entry_points: bool = True,
) -> PluginManager:
    """A fresh manager with the installed plugins loaded.

    :param disabled: Names of plugins not to load (``--disable money``); one string is one name.
    :param plugins: Extra plugin objects to register by name, before the entry points; a test or
        a notebook can pass a module or an object with hook functions here.
    :param load_entry_points: Whether to load the installed ``gpcorpus`` entry points.
    :raises UnknownNameError: when a disabled name is no plugin's name, with the nearest names.
    """
    entry_points = list(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)) if load_entry_points else []
    known = {entry_point.name for entry_point in entry_points} | set(plugins or {})
    manager = PluginManager()
    for name in as_names(disabled):
        if name not in known:
            raise UnknownNameError(what="plugin", name=name, suggestions=suggest(name, known), valid=sorted(known))
        manager.set_blocked(name)
    for name, plugin in (plugins or {}).items():
        if not manager.is_blocked(name):
            manager.register_plugin(plugin, name)
    for entry_point in entry_points:
        if manager.is_blocked(entry_point.name) or manager.has_plugin(entry_point.name):
            continue
        try:
            plugin = entry_point.load()
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # even a module that calls sys.exit() on import costs only itself
            manager.load_failures.append(PluginLoadError(
                plugin=entry_point.name, error=describe(error),
                traceback="".join(traceback.format_exception(type(error), error, error.__traceback__)),
            ))
            continue
        dist = getattr(entry_point, "dist", None)
        manager.register_plugin(plugin, entry_point.name, version=dist.version if dist else None)
    return manager
