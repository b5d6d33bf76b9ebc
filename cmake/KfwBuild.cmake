# Build helpers shared by every folder: one target per folder with a kfw:: alias, layer checks
# and the test helper.

set(KFW_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)

function(kfw_set_warnings target)
    target_compile_options(${target} PRIVATE ${KFW_WARNING_FLAGS})
    if(KFW_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()

# Layers from the bottom: cluster < ui < views < app. Each layer may link only layers below it,
# and the cluster layer must stay free of GUI modules so that a CLI or a service can use it.
set(KFW_LAYER_RANK_cluster 1)
set(KFW_LAYER_RANK_ui 2)
set(KFW_LAYER_RANK_views 3)
set(KFW_LAYER_RANK_app 4)
set(KFW_GUI_MODULES Qt6::Gui Qt6::Widgets Qt6::Svg Qt6::SvgWidgets Qt6::Charts
    Qt6::WebEngineWidgets Qt6::WebEngineCore Qt6::OpenGLWidgets Qt6::PrintSupport)

# kfw_add_library(NAME LAYER <cluster|ui|views> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# Creates static library kfw_<NAME> with alias kfw::<NAME>.
function(kfw_add_library name)
    cmake_parse_arguments(arg "" "LAYER" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    if(NOT DEFINED KFW_LAYER_RANK_${arg_LAYER})
        message(FATAL_ERROR "kfw_add_library(${name}): unknown LAYER '${arg_LAYER}'")
    endif()
    set(target kfw_${name})
    add_library(${target} STATIC ${arg_SOURCES})
    add_library(kfw::${name} ALIAS ${target})
    set_target_properties(${target} PROPERTIES KFW_LAYER ${arg_LAYER} POSITION_INDEPENDENT_CODE ON)
    target_include_directories(${target} PUBLIC "${CMAKE_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC ${arg_PUBLIC_LIBS} PRIVATE ${arg_PRIVATE_LIBS})
    kfw_set_warnings(${target})
    kfw_collect_translatable(${arg_SOURCES})
    # Checked once every folder is configured, when all link libraries are known. Arguments of a
    # deferred call are expanded when it runs, so the target name is baked in with EVAL.
    cmake_language(EVAL CODE
        "cmake_language(DEFER DIRECTORY [[${CMAKE_SOURCE_DIR}]] CALL kfw_check_layering [[${target}]])")
endfunction()

function(kfw_collect_translatable)
    foreach(src IN LISTS ARGN)
        if(src MATCHES "\\.(cpp|h)$")
            get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
            set_property(GLOBAL APPEND PROPERTY KFW_TRANSLATABLE_SOURCES "${abs}")
        endif()
    endforeach()
endfunction()

# Fails the configure step when a target links something at or above its own layer, or when a
# cluster/ target reaches a GUI module, directly or through another kfw target.
function(kfw_check_layering target)
    get_target_property(layer ${target} KFW_LAYER)
    set(rank ${KFW_LAYER_RANK_${layer}})
    set(queue ${target})
    set(seen "")
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(libs ${current} LINK_LIBRARIES)
        get_target_property(ilibs ${current} INTERFACE_LINK_LIBRARIES)
        foreach(lib IN LISTS libs ilibs)
            if(NOT lib OR lib MATCHES "-NOTFOUND$" OR lib MATCHES "^\\$<")
                continue()
            endif()
            if(layer STREQUAL "cluster" AND lib IN_LIST KFW_GUI_MODULES)
                message(FATAL_ERROR "Layering: ${target} (cluster layer) reaches GUI module ${lib} "
                    "through ${current}. cluster/ code must stay GUI-free.")
            endif()
            if(lib MATCHES "^kfw::(.+)$" OR lib MATCHES "^kfw_(.+)$")
                if(NOT TARGET ${lib})
                    continue()
                endif()
                get_target_property(real ${lib} ALIASED_TARGET)
                if(NOT real)
                    set(real ${lib})
                endif()
                get_target_property(other_layer ${real} KFW_LAYER)
                if(other_layer AND current STREQUAL target
                        AND NOT KFW_LAYER_RANK_${other_layer} LESS rank
                        AND NOT (layer STREQUAL "cluster" AND other_layer STREQUAL "cluster")
                        AND NOT (layer STREQUAL "views" AND other_layer STREQUAL "views"))
                    message(FATAL_ERROR "Layering: ${target} (${layer}) links ${lib} (${other_layer}); "
                        "a target may only link layers below its own.")
                endif()
                list(APPEND queue ${real})
            endif()
        endforeach()
    endwhile()
endfunction()

# kfw_add_test(NAME SOURCES ... LIBS ... [GUI | XVFB] [TIMEOUT s] [LABELS ...] [ENVIRONMENT ...])
# Adds a QTest executable, registers it with ctest, sets a timeout and the test environment.
function(kfw_add_test name)
    cmake_parse_arguments(arg "GUI;XVFB" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBS})
    target_include_directories(${name} PRIVATE "${CMAKE_SOURCE_DIR}")
    kfw_set_warnings(${name})
    # XVFB: on a real X server (a web view needs one), started for the test by xvfb-run.
    if(arg_XVFB)
        add_test(NAME ${name} COMMAND xvfb-run -a -s "-screen 0 1280x1024x24" $<TARGET_FILE:${name}>)
        set(platform "QT_QPA_PLATFORM=xcb")
    else()
        add_test(NAME ${name} COMMAND ${name})
        set(platform "QT_QPA_PLATFORM=offscreen")
    endif()
    set(env
        "${platform}"
        "KFW_CONFORMANCE_DIR=${KFW_CONFORMANCE_DIR}"
        "KFW_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
        "KFW_BINARY_DIR=${CMAKE_BINARY_DIR}"
        "KFW_APP_BINARY=$<TARGET_FILE:kubeflow-workbench>"
        "QT_LOGGING_RULES=kfw.*.debug=false"
        ${arg_ENVIRONMENT})
    set(labels ${arg_LABELS})
    if(arg_GUI OR arg_XVFB)
        list(APPEND labels gui)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "${env}"
        LABELS "${labels}")
endfunction()
