"""Package discovery, which pyproject.toml alone cannot combine with renamed directories: every
package under kg/ is found (a new subpackage cannot be left out of the wheel), and shapes/,
ontology/ and queries/ stay at the top of the repository while shipping inside the package."""

from setuptools import find_packages, setup

TOP_LEVEL = {"kg.shapes": "shapes", "kg.ontology": "ontology", "kg.queries": "queries"}

setup(packages=[*find_packages(include=["kg", "kg.*"]), *TOP_LEVEL], package_dir=TOP_LEVEL)
