"""The demo site's courses: ``builder`` draws the images and builds the courses from ``content``
(one module per course, with its final quiz) through the app's page builders and services.

``home.demo`` (the ``load_demo`` command) calls it after building the site around it.
"""
